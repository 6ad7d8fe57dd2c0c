-- The stored PDF copies of a signed decision (e-office, src/docs/e-office.md): the issued copy, made once
-- (sealed with the issuing unit's signature when a key store is configured for it, else unsigned) and the
-- chairman's copy signed in a signing client outside the browser and uploaded back. The bytes live in the
-- document store under their SHA-256; a copy is never changed or removed.
CREATE TABLE decision_copy (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    decision_id     BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,   -- SEALED, UNSIGNED, CHAIRMAN
    role            VARCHAR(10)   NOT NULL,   -- ISSUED (what a download returns first) or SIGNED (uploaded back)
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    signer_subject  VARCHAR(500)  NULL,       -- the certificate subject of the signature the copy added
    made_by         VARCHAR(100)  NOT NULL,
    made_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uq_decision_copy UNIQUE (decision_id, role),
    CONSTRAINT fk_decision_copy_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    INDEX idx_decision_copy_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER decision_copy_no_update BEFORE UPDATE ON decision_copy FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a stored decision copy is immutable';

CREATE TRIGGER decision_copy_no_delete BEFORE DELETE ON decision_copy FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a stored decision copy is immutable';

-- the day packages: a unit's decisions signed on a day
CREATE INDEX idx_decision_unit_day ON decision (issuing_unit_code, signed_on);
