-- 1. Who made a dossier, where no other row says so: who wrote a case's assessment notes and who
--    changed an application's fields. Whoever created the application, attached its documents and
--    opened or submitted its case is already recorded (application.created_by,
--    application_document.uploaded_by, benefit_case.opened_by, case_event SUBMIT). The
--    maker-checker rule reads all of them: none of these people may decide the case. Append-only.
CREATE TABLE dossier_contribution (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_contribution_application FOREIGN KEY (application_id) REFERENCES application (id),
    INDEX idx_contribution_application (application_id, actor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER dossier_contribution_no_update BEFORE UPDATE ON dossier_contribution FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_contribution is append-only';

CREATE TRIGGER dossier_contribution_no_delete BEFORE DELETE ON dossier_contribution FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dossier_contribution is append-only';

-- 2. A comparison of an approved payroll with today's rates works in its own scratch space: its own
--    rate snapshot and its own recomputed lines, keyed by the comparison, never by the run (whose
--    snapshot and lines stay as approved). The comparison row stays as the record of who compared.
CREATE TABLE payroll_comparison (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id         BIGINT       NOT NULL,
    compared_at    DATETIME(6)  NOT NULL,
    compared_by    VARCHAR(100) NOT NULL,
    differences    INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_comparison_run FOREIGN KEY (run_id) REFERENCES payroll_run (id),
    INDEX idx_comparison_run (run_id)
) ENGINE = InnoDB;

CREATE TABLE payroll_comparison_level LIKE payroll_run_level;
ALTER TABLE payroll_comparison_level RENAME COLUMN run_id TO comparison_id;

CREATE TABLE payroll_comparison_coefficient LIKE payroll_run_coefficient;
ALTER TABLE payroll_comparison_coefficient RENAME COLUMN run_id TO comparison_id;

CREATE TABLE payroll_comparison_line LIKE payroll_preview_line;
ALTER TABLE payroll_comparison_line RENAME COLUMN run_id TO comparison_id;

-- the old shared scratch table, keyed by the run, is no longer used
DROP TABLE payroll_preview_line;
