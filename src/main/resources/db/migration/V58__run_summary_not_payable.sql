-- Issue 13 (payroll on the real path): the lines of each summary row that were not payable (held or stopped) when the
-- run was computed, counted in the same grouping pass that writes the row. The finish step's audit row read that
-- count with a pass of its own over a national run's 900,000 lines. Only the audit of the computation reads it:
-- payment statuses move afterwards (holds released, lines paid), and the summary is not rewritten for that.
ALTER TABLE payroll_run_summary ADD COLUMN not_payable_count BIGINT NOT NULL DEFAULT 0;
