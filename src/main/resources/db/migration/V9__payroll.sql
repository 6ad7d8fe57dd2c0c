-- Payroll, payments and social-security accounts.

-- Who changed a rate and when: rates are changed by an administrator's command (a new dated row).
ALTER TABLE standard_level ADD COLUMN created_at DATETIME(6) NULL, ADD COLUMN created_by VARCHAR(100) NULL;
ALTER TABLE benefit_coefficient ADD COLUMN created_at DATETIME(6) NULL, ADD COLUMN created_by VARCHAR(100) NULL;

-- Months, for set-based arrears (one row per month from 2015 to 2040).
CREATE TABLE calendar_month (
    month_start DATE NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

INSERT INTO calendar_month (month_start)
WITH RECURSIVE m (d) AS (SELECT DATE '2015-01-01' UNION ALL SELECT DATE_ADD(d, INTERVAL 1 MONTH) FROM m WHERE d < DATE '2040-12-01')
SELECT d FROM m;

-- A monthly payroll (bảng chi trả) of a unit (a commune, a province or the country) for a month.
CREATE TABLE payroll_run (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_code          VARCHAR(10)   NOT NULL,
    pay_month          DATE          NOT NULL,   -- day 1 of the month paid
    status             VARCHAR(20)   NOT NULL,   -- DRAFT / COMPUTING / COMPUTED / FAILED / APPROVED
    execution_id       BIGINT        NULL,       -- the Jakarta Batch job execution computing it
    line_count         INT           NOT NULL DEFAULT 0,
    total_amount       BIGINT        NOT NULL DEFAULT 0,
    computed_at        DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    approved_at        DATETIME(6)   NULL,
    approved_by        VARCHAR(100)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_payroll_run UNIQUE (unit_code, pay_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One amount owed to one beneficiary for one month, with everything that produced it. A case is paid
-- once per month and kind, whatever run pays it (the unique key), so no month is ever paid twice.
CREATE TABLE payroll_line (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT        NOT NULL,
    case_id            BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    decision_id        BIGINT        NULL,       -- the decision in force for the month
    kind               VARCHAR(20)   NOT NULL,   -- MONTHLY / ARREARS (truy lĩnh)
    for_month          DATE          NOT NULL,   -- the month the money is for
    commune_code       VARCHAR(10)   NOT NULL,
    province_code      VARCHAR(10)   NOT NULL,
    programme          VARCHAR(40)   NOT NULL,
    category           VARCHAR(60)   NOT NULL,
    scheme             VARCHAR(30)   NOT NULL,
    standard_level_id  BIGINT        NOT NULL,
    standard_level     BIGINT        NOT NULL,
    coefficient_id     BIGINT        NOT NULL,
    coefficient        DECIMAL(6, 3) NOT NULL,
    amount             BIGINT        NOT NULL,   -- đồng
    channel            VARCHAR(20)   NOT NULL,   -- CASH / BANK_TRANSFER
    bank_code          VARCHAR(20)   NULL,
    account_no         VARCHAR(40)   NULL,
    payment_status     VARCHAR(20)   NOT NULL,   -- PENDING / EXPORTED / PAID / FAILED
    failure_reason     VARCHAR(300)  NULL,
    paid_on            DATE          NULL,
    CONSTRAINT uq_payroll_line UNIQUE (case_id, kind, for_month),
    INDEX idx_line_run (run_id, channel),
    INDEX idx_line_person (person_id, for_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lines of a recomputation of an approved month, kept apart: the diff against the frozen run.
CREATE TABLE payroll_preview_line LIKE payroll_line;
ALTER TABLE payroll_preview_line DROP INDEX uq_payroll_line, ADD UNIQUE INDEX uq_preview_line (run_id, case_id, kind, for_month);

-- Money paid for months after the benefit ended (death or loss of eligibility recorded late):
-- recovery (thu hồi), tracked until settled.
CREATE TABLE recovery_item (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    line_id            BIGINT        NOT NULL,   -- the payment made too many
    for_month          DATE          NOT NULL,
    amount             BIGINT        NOT NULL,
    commune_code       VARCHAR(10)   NOT NULL,
    province_code      VARCHAR(10)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,   -- OPEN / SETTLED / WAIVED
    raised_at          DATETIME(6)   NOT NULL,
    settled_at         DATETIME(6)   NULL,
    settled_by         VARCHAR(100)  NULL,
    note               VARCHAR(500)  NULL,
    CONSTRAINT uq_recovery UNIQUE (line_id),
    INDEX idx_recovery_person (person_id),
    INDEX idx_recovery_commune (commune_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The social-security account (tài khoản hưởng an sinh xã hội) of a person, with the date of each step.
CREATE TABLE ss_account (
    person_id          BIGINT        NOT NULL PRIMARY KEY,
    status             VARCHAR(30)   NOT NULL,   -- NONE / HAS_ACCOUNT / REGISTERED / VERIFIED / PAID_VIA_ACCOUNT / CLOSED / FAILED / CASH_FALLBACK
    bank_code          VARCHAR(20)   NULL,
    account_no         VARCHAR(40)   NULL,
    commune_code       VARCHAR(10)   NOT NULL,
    province_code      VARCHAR(10)   NOT NULL,
    opened_on          DATE          NULL,
    registered_on      DATE          NULL,
    verified_on        DATE          NULL,
    first_paid_on      DATE          NULL,
    closed_on          DATE          NULL,
    failed_on          DATE          NULL,
    fallback_on        DATE          NULL,
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    INDEX idx_account_commune (commune_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ss_account_event (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    from_status        VARCHAR(30)   NULL,
    to_status          VARCHAR(30)   NOT NULL,
    happened_on        DATE          NOT NULL,
    source             VARCHAR(20)   NOT NULL,   -- MANUAL / IMPORT / PAYMENT
    actor              VARCHAR(100)  NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    note               VARCHAR(500)  NULL,
    INDEX idx_account_event_person (person_id, happened_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Banks a transfer can go to (code used in export files).
CREATE TABLE bank (
    code    VARCHAR(20)  NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO bank (code, name) VALUES
    ('VBSP', 'Ngân hàng Chính sách xã hội'),
    ('AGRIBANK', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam'),
    ('VIETINBANK', 'Ngân hàng TMCP Công Thương Việt Nam'),
    ('BIDV', 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam'),
    ('VIETCOMBANK', 'Ngân hàng TMCP Ngoại thương Việt Nam'),
    ('LPBANK', 'Ngân hàng TMCP Lộc Phát Việt Nam'),
    ('VIETTELMONEY', 'Viettel Money');

-- Imports of a bank's result file for a payroll (paid / failed), each row's outcome kept.
CREATE TABLE bank_result_import (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT        NOT NULL,
    bank_code          VARCHAR(20)   NOT NULL,
    file_name          VARCHAR(200)  NOT NULL,
    imported_at        DATETIME(6)   NOT NULL,
    imported_by        VARCHAR(100)  NOT NULL,
    rows_paid          INT           NOT NULL,
    rows_failed        INT           NOT NULL,
    rows_rejected      INT           NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
