-- Issue 13 (load): a computed payroll's count and total per commune, programme, category, kind and channel, written
-- once when the run is computed (its lines do not change afterwards, only their payment status). The run page of a
-- national payroll read them from its 900,000 lines at every opening (summary, commune and category lists, count
-- and total), several full scans per page. Rows of a run are removed when it is computed again, and with the run.
CREATE TABLE payroll_run_summary (
    run_id        BIGINT       NOT NULL,
    commune_code  VARCHAR(10)  NOT NULL,
    programme     VARCHAR(40)  NOT NULL,
    category      VARCHAR(60)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    channel       VARCHAR(20)  NOT NULL,
    line_count    BIGINT       NOT NULL,
    total_amount  BIGINT       NOT NULL,
    PRIMARY KEY (run_id, commune_code, programme, category, kind, channel),
    CONSTRAINT fk_run_summary_run FOREIGN KEY (run_id) REFERENCES payroll_run (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the lines already there, of every run (the same grouping as RunSummary.store); the app reads them only for a run
-- whose lines stand (PayrollStatus.hasLines), and the end of a computation writes its run's rows again
INSERT INTO payroll_run_summary (run_id, commune_code, programme, category, kind, channel, line_count, total_amount)
SELECT l.run_id, l.commune_code, l.programme, l.category, l.kind, l.channel, COUNT(*), SUM(l.amount)
FROM payroll_line l
GROUP BY l.run_id, l.commune_code, l.programme, l.category, l.kind, l.channel;
