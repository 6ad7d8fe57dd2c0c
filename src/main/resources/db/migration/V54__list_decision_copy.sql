-- The list decisions (quyết định kèm danh sách) in the e-office export (src/docs/e-office.md): a signed list gets
-- its issued copy made once and stored like an individual decision's, and goes into its issuing unit's day package.

-- The unit whose chairman signed the list (whose decision numbers it takes): set when signed. The lists signed
-- before this migration were all signed at the commune: every approving level in force since 1 Jul 2025 is
-- COMMUNE (V8, V24, V26), and a commune-level unit that covers a commune is that commune.
ALTER TABLE list_decision ADD COLUMN issuing_unit_code VARCHAR(10) NULL AFTER province_code;
UPDATE list_decision SET issuing_unit_code = commune_code WHERE status = 'SIGNED';
CREATE INDEX idx_list_decision_unit_day ON list_decision (issuing_unit_code, signed_on);

-- A stored copy is of a decision or of a list decision, never both, never neither; one issued copy per list.
-- The append-only triggers of V50 stay as they are (they refuse every UPDATE and DELETE of a row).
ALTER TABLE decision_copy
    MODIFY decision_id BIGINT NULL,
    ADD COLUMN list_decision_id BIGINT NULL AFTER decision_id,
    ADD CONSTRAINT uq_decision_copy_list UNIQUE (list_decision_id, role),
    ADD CONSTRAINT fk_decision_copy_list FOREIGN KEY (list_decision_id) REFERENCES list_decision (id),
    ADD CONSTRAINT ck_decision_copy_one_decision
        CHECK ((decision_id IS NULL AND list_decision_id IS NOT NULL)
            OR (decision_id IS NOT NULL AND list_decision_id IS NULL));
