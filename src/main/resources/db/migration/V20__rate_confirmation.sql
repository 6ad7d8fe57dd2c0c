-- A rate change is a legal act with maker-checker (issue 10, item 2). Each rate row has two dates: the
-- month it applies from (effective_from) and the moment it was confirmed (confirmed_at). One
-- administrator enters it (created_by/at) with its legal act (legal_basis, document_number,
-- document_date); a second one confirms it (confirmed_by/at) or rejects it with a reason. A confirmed
-- row that a later confirmed row of the same key and month replaces is superseded (superseded_at/by_id).
-- A row counts at moment T when confirmed_at <= T and not superseded_at <= T (ConfirmedRates).
-- Statuses: PENDING / CONFIRMED / REJECTED / SUPERSEDED (RateStatus). A row inserted without them is
-- pending: it never counts until someone confirms it.

ALTER TABLE standard_level
    DROP INDEX uq_standard_level,   -- a pending, rejected or superseded row may share its key and month
    ADD COLUMN status            VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    ADD COLUMN document_number   VARCHAR(60)   NULL,
    ADD COLUMN document_date     DATE          NULL,
    ADD COLUMN confirmed_at      DATETIME(6)   NULL,
    ADD COLUMN confirmed_by      VARCHAR(100)  NULL,
    ADD COLUMN rejected_at       DATETIME(6)   NULL,
    ADD COLUMN rejected_by       VARCHAR(100)  NULL,
    ADD COLUMN rejection_reason  VARCHAR(500)  NULL,
    ADD COLUMN superseded_at     DATETIME(6)   NULL,
    ADD COLUMN superseded_by_id  BIGINT        NULL,
    ADD INDEX idx_level_key (scheme, province_code, effective_from);

ALTER TABLE benefit_coefficient
    ADD COLUMN status            VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    ADD COLUMN document_number   VARCHAR(60)   NULL,
    ADD COLUMN document_date     DATE          NULL,
    ADD COLUMN confirmed_at      DATETIME(6)   NULL,
    ADD COLUMN confirmed_by      VARCHAR(100)  NULL,
    ADD COLUMN rejected_at       DATETIME(6)   NULL,
    ADD COLUMN rejected_by       VARCHAR(100)  NULL,
    ADD COLUMN rejection_reason  VARCHAR(500)  NULL,
    ADD COLUMN superseded_at     DATETIME(6)   NULL,
    ADD COLUMN superseded_by_id  BIGINT        NULL;

-- The rows already here counted from the moment they existed, so they are confirmed, by "migration":
-- rows an administrator entered (before maker-checker) at the moment they were entered; the rows the
-- migrations loaded at the start (00:00 in Vietnam, 17:00 UTC the day before) of the month they apply
-- from, so that a recomputation as of any moment since then sees them as the system always has. The
-- document number is the legal basis's own ("số 76/2024/NĐ-CP"), where it names one.
UPDATE standard_level
SET status = 'CONFIRMED',
    confirmed_by = 'migration',
    confirmed_at = COALESCE(created_at, TIMESTAMP(effective_from) - INTERVAL 7 HOUR),
    created_at = COALESCE(created_at, TIMESTAMP(effective_from) - INTERVAL 7 HOUR),
    created_by = COALESCE(created_by, 'migration'),
    document_number = NULLIF(REGEXP_SUBSTR(legal_basis, '[0-9]+/[0-9]{4}/[^ ,]+'), '');

UPDATE benefit_coefficient
SET status = 'CONFIRMED',
    confirmed_by = 'migration',
    confirmed_at = COALESCE(created_at, TIMESTAMP(effective_from) - INTERVAL 7 HOUR),
    created_at = COALESCE(created_at, TIMESTAMP(effective_from) - INTERVAL 7 HOUR),
    created_by = COALESCE(created_by, 'migration'),
    document_number = NULLIF(REGEXP_SUBSTR(legal_basis, '[0-9]+/[0-9]{4}/[^ ,]+'), '');

-- A payroll computes with the rates as confirmed at the moment it is computed: kept with the run, so that
-- a restarted job reads the same rates and anyone can tell which ones a run used.
ALTER TABLE payroll_run ADD COLUMN rates_as_of DATETIME(6) NULL;
