-- The payroll joins each beneficiary to the coefficients of their category: key the run's
-- coefficient rows by (run, category) so the join reads a handful of rows, not the whole run's.
ALTER TABLE payroll_run_coefficient
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (run_id, category, coefficient_id),
    DROP INDEX idx_run_coefficient;
