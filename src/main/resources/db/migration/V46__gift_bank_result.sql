-- Issue 14: the bank's result file for a one-off list's commune part (as the payroll has for its bank files).
-- An entry paid by account carries what the bank answered: PAID (then paid_on is the day of the import) or FAILED
-- with the bank's reason (then the officer pays it in cash, or it goes into no further bank file), and the file.
ALTER TABLE gift_entry
    ADD COLUMN bank_result      VARCHAR(20)   NULL AFTER paid_by,   -- ResultOutcome: PAID / FAILED
    ADD COLUMN bank_reason      VARCHAR(300)  NULL AFTER bank_result,
    ADD COLUMN bank_result_file VARCHAR(200)  NULL AFTER bank_reason;
