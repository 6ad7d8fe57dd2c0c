-- Issue 14 (reports): the plan (dự toán) of a unit for a year and programme, entered by an administrator
-- (SetPlanCommand, audited). The amounts-paid report shows what was paid against it. One row per unit, year and
-- programme; entering it again replaces the amount (the audit record keeps the earlier one).
CREATE TABLE report_plan (
    unit_code    VARCHAR(10)  NOT NULL,
    plan_year    INT          NOT NULL,
    programme    VARCHAR(40)  NOT NULL,
    amount       BIGINT       NOT NULL,   -- đồng
    entered_at   DATETIME(6)  NOT NULL,
    entered_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (unit_code, plan_year, programme),
    CONSTRAINT ck_report_plan_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The amounts-paid report reads the approved runs of a period from the run table.
ALTER TABLE payroll_run ADD INDEX idx_run_status_month (status, pay_month);
