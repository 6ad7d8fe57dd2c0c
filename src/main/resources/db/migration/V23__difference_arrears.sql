-- Back-dated rate changes and difference arrears (issue 10, item 1; truy lĩnh phần chênh lệch).
--
-- A rate may start in a month that an approved payroll closed. Closed payrolls never change; the next
-- payroll of each unit pays, per closed month, the difference between what is due at the rates
-- confirmed now and what was paid, as a DIFFERENCE line (kind), correction n+1 of the line it corrects
-- (corrects_line_id), with the new rate rows on it (standard_level_id, coefficient_id). Both sides of
-- the subtraction are kept, so the history can say "paid X, now due Y, difference Z":
--   due_amount  - what is due for the month at the rates confirmed when the line was computed;
--   paid_before - what had been paid for the month before this line (the original and its earlier
--                 corrections, less the decreases raised for recovery and not waived).
ALTER TABLE payroll_line
    ADD COLUMN due_amount  BIGINT NULL AFTER amount,
    ADD COLUMN paid_before BIGINT NULL AFTER due_amount;

-- A back-dated decrease, or a group the law ended, never claws money back by itself: it raises a
-- recovery item in review (PROPOSED, RecoveryStatus) that the approver confirms (OPEN, to be
-- collected) or waives with a written reason. Such an item belongs to the line it corrects (line_id,
-- the original line) and carries its correction number, so one line may have several (one per
-- back-dated change); items raised by a stop keep correction 0.
ALTER TABLE recovery_item
    ADD COLUMN correction         INT         NOT NULL DEFAULT 0 AFTER line_id,
    ADD COLUMN component          VARCHAR(60) NULL AFTER correction,
    ADD COLUMN due_amount         BIGINT      NULL AFTER amount,
    ADD COLUMN paid_before        BIGINT      NULL AFTER due_amount,
    ADD COLUMN standard_level_id  BIGINT      NULL AFTER paid_before,
    ADD COLUMN coefficient_id     BIGINT      NULL AFTER standard_level_id,
    ADD COLUMN raised_in_run_id   BIGINT      NULL AFTER coefficient_id,
    ADD COLUMN confirmed_at       DATETIME(6) NULL,
    ADD COLUMN confirmed_by       VARCHAR(100) NULL,
    DROP INDEX uq_recovery,
    ADD CONSTRAINT uq_recovery UNIQUE (line_id, correction);

-- Decree 335/2026/NĐ-CP (signed 21 Aug 2026, in force 5 Oct 2026): Art. 4.2 sets the social-assistance
-- standard level at 540,000 đồng/month, Art. 32.3–5 pay it from 1 Jul 2026 (DOMAIN §1.2, confirmed from
-- the decree's text). Confirmed at 00:00 of 5 Oct 2026 in Vietnam (17:00 UTC the day before), the day it
-- came into force: a payroll computed before that moment pays 500,000 for Jul–Sep 2026; the next payroll
-- of each unit computed after it pays the difference for the closed months.
INSERT INTO standard_level (scheme, province_code, effective_from, amount, legal_basis, created_at, created_by, status,
                            document_number, document_date, confirmed_at, confirmed_by)
VALUES ('SOCIAL_ASSISTANCE', NULL, '2026-07-01', 540000, 'Nghị định số 335/2026/NĐ-CP', '2026-10-04 17:00:00', 'migration',
        'CONFIRMED', '335/2026/NĐ-CP', '2026-08-21', '2026-10-04 17:00:00', 'migration');
