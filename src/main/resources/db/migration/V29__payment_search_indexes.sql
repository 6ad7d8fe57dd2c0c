-- The auditors' payment search (issue 12, item 3; branch i12-search) and the trace from a decision or a bank
-- account (item 2): each of these filters reads its lines through an index instead of scanning the month.
--   idx_line_account         - every line paid into a bank account number (any bank, any month);
--   idx_line_decision        - every line a decision produced;
--   idx_line_province_month  - a province's lines of a month range (a provincial auditor's scope);
--   idx_line_commune_month   - a commune's lines of a month range (a commune or pre-2025 district scope).
-- The payroll's own queries use idx_line_run and the unique key; the person's lines idx_line_person.
ALTER TABLE payroll_line
    ADD INDEX idx_line_account (account_no),
    ADD INDEX idx_line_decision (decision_id),
    ADD INDEX idx_line_province_month (province_code, for_month),
    ADD INDEX idx_line_commune_month (commune_code, for_month);
