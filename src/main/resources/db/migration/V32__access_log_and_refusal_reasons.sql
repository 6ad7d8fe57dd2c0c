-- Issue 12 (items 6 and 7).
-- 1. A refusal's reason as a message key and its parameters, so the audit page shows it in the reader's language.
--    Older rows keep only their English `reason` and are shown as they are.
ALTER TABLE audit_record
    ADD COLUMN reason_key  VARCHAR(100)  NULL,
    ADD COLUMN reason_args VARCHAR(1000) NULL,
    ADD INDEX idx_audit_action (action, occurred_at);

-- 2. The access log: one row for every read of personal data (a person's file, a payment history, a decision,
--    a scanned document, a cash list, a bank file) and every refused read. Not part of the audit trail: it is
--    kept for ACCESS_LOG_RETENTION_MONTHS and purged nightly.
CREATE TABLE access_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,                 -- UTC
    reader       VARCHAR(100) NOT NULL,
    reader_unit  VARCHAR(10)  NOT NULL,
    kind         VARCHAR(30)  NOT NULL,                 -- AccessKind
    outcome      VARCHAR(20)  NOT NULL,                 -- AccessOutcome
    unit_code    VARCHAR(10)  NOT NULL,                 -- the unit whose data was read (the reader's for a refusal without one)
    person_id    BIGINT       NULL,                     -- whose data, when it is one person's
    target       VARCHAR(200) NULL,                     -- what was read: "decision 125", "run 12 commune 03253"
    INDEX idx_access_unit (unit_code, occurred_at),
    INDEX idx_access_occurred (occurred_at),
    INDEX idx_access_person (person_id, occurred_at),
    INDEX idx_access_reader (reader, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) VALUES
    ('ACCESS_LOG_RETENTION_MONTHS', '24', UTC_TIMESTAMP(6), 'system');
