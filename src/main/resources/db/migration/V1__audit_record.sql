-- The audit trail: one row for every command the engine ran or refused. Append-only.
CREATE TABLE audit_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    actor_roles   VARCHAR(200) NOT NULL,
    actor_unit    VARCHAR(10)  NOT NULL,
    action        VARCHAR(100) NOT NULL,
    outcome       VARCHAR(20)  NOT NULL,
    unit_code     VARCHAR(10)  NOT NULL,
    target_type   VARCHAR(60)  NULL,
    target_id     VARCHAR(100) NULL,
    before_value  LONGTEXT     NULL,
    after_value   LONGTEXT     NULL,
    reason        VARCHAR(1000) NULL,
    INDEX idx_audit_occurred (occurred_at),
    INDEX idx_audit_target (target_type, target_id),
    INDEX idx_audit_actor (actor, occurred_at),
    INDEX idx_audit_unit (unit_code, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Nothing may change or remove an audit row, not even the application itself.
CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';

CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_record is append-only';
