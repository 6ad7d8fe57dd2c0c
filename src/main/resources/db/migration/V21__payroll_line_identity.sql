-- A payroll line's identity is (case, month, component, correction) (issue 10, item 1):
--   component  - the legal component the money is for: ALLOWANCE for a social-assistance or
--                social-pension allowance; for a meritorious person the annex row it is priced from
--                (e.g. HEROIC_MOTHER_ALLOWANCE and HEROIC_MOTHER_SUPPLEMENT are two lines of one month);
--   correction - 0 for the payment of the month itself (a MONTHLY line, or an ARREARS line paid late);
--                1, 2, ... for each later difference (truy lĩnh phần chênh lệch) after a back-dated rate,
--                traced to the line it corrects (corrects_line_id).
-- The unique key on these four keeps the payroll idempotent: running a month twice, or restarting a
-- job, never pays a (case, month, component) twice, nor the same correction twice.
-- payee_person_id: who receives the money when it is not the beneficiary (the caregiver of an
-- invalid or of a Heroic Mother, trợ cấp người phục vụ); NULL = the beneficiary.
-- A line priced from a fixed annex amount has no standard level or coefficient, so both become optional.
ALTER TABLE payroll_line
    ADD COLUMN component         VARCHAR(60)  NOT NULL DEFAULT 'ALLOWANCE' AFTER kind,
    ADD COLUMN correction        INT          NOT NULL DEFAULT 0 AFTER component,
    ADD COLUMN corrects_line_id  BIGINT       NULL AFTER correction,
    ADD COLUMN payee_person_id   BIGINT       NULL AFTER person_id,
    MODIFY COLUMN standard_level_id BIGINT NULL,
    MODIFY COLUMN standard_level    BIGINT NULL,
    MODIFY COLUMN coefficient_id    BIGINT NULL,
    MODIFY COLUMN coefficient       DECIMAL(6, 3) NULL,
    DROP INDEX uq_payroll_line,
    ADD CONSTRAINT uq_payroll_line UNIQUE (case_id, for_month, component, correction),
    ADD INDEX idx_line_corrects (corrects_line_id),
    ADD INDEX idx_line_payee (payee_person_id);

ALTER TABLE payroll_comparison_line
    ADD COLUMN component         VARCHAR(60)  NOT NULL DEFAULT 'ALLOWANCE' AFTER kind,
    ADD COLUMN correction        INT          NOT NULL DEFAULT 0 AFTER component,
    ADD COLUMN corrects_line_id  BIGINT       NULL AFTER correction,
    ADD COLUMN payee_person_id   BIGINT       NULL AFTER person_id,
    MODIFY COLUMN standard_level_id BIGINT NULL,
    MODIFY COLUMN standard_level    BIGINT NULL,
    MODIFY COLUMN coefficient_id    BIGINT NULL,
    MODIFY COLUMN coefficient       DECIMAL(6, 3) NULL,
    DROP INDEX uq_preview_line,
    ADD CONSTRAINT uq_comparison_line UNIQUE (comparison_id, case_id, for_month, component, correction);
