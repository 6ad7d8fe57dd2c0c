-- Payment channels: what became of each row of an imported bank result file.

-- One row per data row of a result file (bank_result_import, V9): the line it named, its outcome, and
-- the bank's reason or why it was rejected. Kept for auditors, and for the cash fallback: a failed
-- transfer counts until the account is verified again on or after the day the failure was recorded.
CREATE TABLE bank_result_row (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id          BIGINT        NOT NULL,
    file_row           INT           NOT NULL,   -- the row number in the file (the header is row 1)
    line_id            BIGINT        NULL,       -- the payroll line named by ma_dong, when it could be read
    outcome            VARCHAR(20)   NOT NULL,   -- PAID / FAILED / ALREADY_RECORDED / REJECTED
    detail             VARCHAR(300)  NULL,       -- the bank's reason (FAILED) or the rejection's message key
    recorded_on        DATE          NOT NULL,   -- the day of the import (Asia/Ho_Chi_Minh)
    CONSTRAINT fk_result_row_import FOREIGN KEY (import_id) REFERENCES bank_result_import (id),
    INDEX idx_result_row_line (line_id, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The imports of a run, newest first, on the channels page.
ALTER TABLE bank_result_import ADD INDEX idx_result_import_run (run_id, imported_at);

-- The cash-fallback rule looks up a person's bank-transfer lines.
ALTER TABLE payroll_line ADD INDEX idx_line_person_channel (person_id, channel, payment_status);
