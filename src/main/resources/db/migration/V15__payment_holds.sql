-- Payments held or stopped when a benefit stops (issue 9): a line for a month after the benefit's
-- last month that has not gone out is HELD; one already exported or on a printed cash list is
-- STOP_REQUESTED and listed on a stop-payment notice. Status values come from PaymentStatus.
ALTER TABLE payroll_line
    ADD COLUMN hold_reason       VARCHAR(30)  NULL,   -- DEATH / MOVED_AWAY / LOSS_OF_ELIGIBILITY / SUSPENDED
    ADD COLUMN held_at           DATETIME(6)  NULL,   -- when the stop was recorded
    ADD COLUMN stop_requested_at DATETIME(6)  NULL,   -- set when the line was out for payment at the stop
    ADD COLUMN cash_listed_at    DATETIME(6)  NULL,   -- first printed on a cash list of the approved run
    ADD INDEX idx_line_run_status (run_id, payment_status);

-- Who waived a recovery item (the approver) is settled_by; the reason is the note. The kind of act:
ALTER TABLE recovery_item
    ADD COLUMN raised_by VARCHAR(30) NULL;   -- STOP (when the stop was recorded) / PAYROLL / PAID_ANYWAY
