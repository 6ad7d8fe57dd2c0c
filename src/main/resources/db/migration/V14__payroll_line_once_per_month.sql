-- A case is paid once per month, whatever the kind of line: a month paid as arrears by a later
-- payroll must never be paid again by a payroll of that month computed afterwards, and the reverse.
ALTER TABLE payroll_line DROP INDEX uq_payroll_line, ADD CONSTRAINT uq_payroll_line UNIQUE (case_id, for_month);
