-- Issue 13 (load): the run page lists a run's difference lines (kind DIFFERENCE); for a national run of 900,000
-- lines that read the whole run at every opening (1.5 s alone, several seconds under load). Reached by index now.
ALTER TABLE payroll_line ADD INDEX idx_line_run_kind (run_id, kind);
