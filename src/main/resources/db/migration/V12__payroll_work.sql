-- Working tables of the payroll job: the rates in force in the run's month (a few rows per run,
-- joined to the beneficiaries in one INSERT ... SELECT), and the job's progress.
ALTER TABLE payroll_run
    ADD COLUMN partitions_total INT NOT NULL DEFAULT 0,
    ADD COLUMN partitions_done  INT NOT NULL DEFAULT 0,
    ADD COLUMN failure          VARCHAR(500) NULL;

CREATE TABLE payroll_run_level (
    run_id          BIGINT       NOT NULL,
    scheme          VARCHAR(30)  NOT NULL,
    province_code   VARCHAR(10)  NOT NULL,
    level_id        BIGINT       NOT NULL,
    amount          BIGINT       NOT NULL,
    PRIMARY KEY (run_id, scheme, province_code)
) ENGINE = InnoDB;

CREATE TABLE payroll_run_coefficient (
    run_id            BIGINT        NOT NULL,
    coefficient_id    BIGINT        NOT NULL,
    category          VARCHAR(60)   NOT NULL,
    min_age           INT           NOT NULL,
    max_age           INT           NOT NULL,
    disability_level  VARCHAR(30)   NOT NULL,   -- '*' matches any
    coefficient       DECIMAL(6, 3) NOT NULL,
    PRIMARY KEY (run_id, coefficient_id),
    INDEX idx_run_coefficient (run_id, category)
) ENGINE = InnoDB;

CREATE INDEX idx_case_payroll ON benefit_case (programme, status, person_id);
CREATE INDEX idx_decision_case_month ON decision (case_id, effective_month);

-- Months owed from before, found first with cheap conditions, then priced (arrears are few).
CREATE TABLE payroll_arrears_candidate (
    run_id       BIGINT NOT NULL,
    case_id      BIGINT NOT NULL,
    month_start  DATE   NOT NULL,
    PRIMARY KEY (run_id, case_id, month_start)
) ENGINE = InnoDB;
