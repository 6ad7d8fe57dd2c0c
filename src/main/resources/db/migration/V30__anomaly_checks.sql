-- Anomaly checks (issue 12, item 4): named rules run set-based over the payroll, the registry and the
-- decisions, nightly by the system and on demand by an auditor. Each run is recorded with its scope, its
-- month, who ran it, how long it took and what each rule found.
CREATE TABLE anomaly_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope_code      VARCHAR(10)   NOT NULL,   -- the unit checked (VN = the country)
    pay_month       DATE          NOT NULL,   -- the payroll month whose approved lines were checked
    started_at      DATETIME(6)   NOT NULL,
    finished_at     DATETIME(6)   NULL,
    duration_ms     BIGINT        NULL,
    run_by          VARCHAR(100)  NOT NULL,
    INDEX idx_anomaly_run_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each rule found in a run (findings seen by that run, new ones among them) and how long it took.
CREATE TABLE anomaly_run_count (
    run_id          BIGINT        NOT NULL,
    rule            VARCHAR(40)   NOT NULL,   -- AnomalyRule
    found           INT           NOT NULL,
    new_found       INT           NOT NULL,
    duration_ms     BIGINT        NOT NULL,
    PRIMARY KEY (run_id, rule)
) ENGINE = InnoDB;

-- One finding of one rule about one subject (a line, a person and month, an account and month, a
-- decision, a person). The subject key makes a rerun find the same row again: it is never duplicated,
-- and a finding an auditor marked (EXPLAINED / REFERRED, FindingStatus) is never reopened by a rerun; the
-- rerun only records that it saw it again (last_run_id).
CREATE TABLE anomaly_finding (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule            VARCHAR(40)   NOT NULL,
    subject_key     VARCHAR(120)  NOT NULL,
    person_id       BIGINT        NULL,
    line_id         BIGINT        NULL,
    decision_id     BIGINT        NULL,
    commune_code    VARCHAR(10)   NOT NULL,
    province_code   VARCHAR(10)   NOT NULL,
    for_month       DATE          NULL,
    amount          BIGINT        NULL,
    evidence        VARCHAR(500)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,   -- OPEN / EXPLAINED / REFERRED
    note            VARCHAR(2000) NULL,
    marked_by       VARCHAR(100)  NULL,
    marked_at       DATETIME(6)   NULL,
    found_at        DATETIME(6)   NOT NULL,
    first_run_id    BIGINT        NOT NULL,
    last_run_id     BIGINT        NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_anomaly_finding UNIQUE (rule, subject_key),
    INDEX idx_finding_province (rule, province_code, status),
    INDEX idx_finding_commune (rule, commune_code, status),
    INDEX idx_finding_run (last_run_id, rule)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Paid after death" starts from the few people who died, not from every line of the month.
CREATE INDEX idx_person_death ON person (date_of_death);
