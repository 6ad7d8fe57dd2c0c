-- The tamper-evident record (issue 12, item 5): the rows of audit_record, decision and case_event are
-- sealed after commit, in id order per table, into a hash chain kept here. The source tables stay
-- untouched (they are append-only and cannot take new columns later); see seal/domain/CanonicalForm.

-- One seal per sealed row: its place in its table's chain, the hash of its canonical content and the
-- chain hash (SHA-256 of the previous chain hash and this content hash). Append-only.
CREATE TABLE seal (
    source_table  VARCHAR(30)  NOT NULL,
    seq           BIGINT       NOT NULL,   -- 1, 2, 3… per table, no holes
    row_id        BIGINT       NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    chain_hash    CHAR(64)     NOT NULL,
    sealed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (source_table, seq),
    CONSTRAINT uq_seal_row UNIQUE (source_table, row_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'seal is append-only';

CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'seal is append-only';

-- Ids the sealer skipped because no committed row holds them (an insert rolled back, an id the
-- auto-increment never handed out): normal, but reported. Append-only.
CREATE TABLE seal_gap (
    source_table  VARCHAR(30)  NOT NULL,
    from_id       BIGINT       NOT NULL,
    to_id         BIGINT       NOT NULL,
    found_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (source_table, from_id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

CREATE TRIGGER seal_gap_no_update BEFORE UPDATE ON seal_gap FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'seal_gap is append-only';

CREATE TRIGGER seal_gap_no_delete BEFORE DELETE ON seal_gap FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'seal_gap is append-only';

-- The sealer's lease and status: one row. A sealing run locks it (FOR UPDATE NOWAIT), so one sealer
-- runs at a time across all servers; the others skip their turn.
CREATE TABLE seal_lease (
    name          VARCHAR(30)   NOT NULL PRIMARY KEY,
    holder        VARCHAR(100)  NULL,
    last_run_at   DATETIME(6)   NULL,
    last_sealed   INT           NOT NULL DEFAULT 0,
    last_error    VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO seal_lease (name) VALUES ('sealer');

-- The daily checkpoints, as written to their files (the file is the copy that counts). Append-only.
CREATE TABLE seal_checkpoint (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day           DATE          NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    file_name     VARCHAR(300)  NOT NULL,
    signed        BOOLEAN       NOT NULL,
    body          TEXT          NOT NULL,
    INDEX idx_checkpoint_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER seal_checkpoint_no_update BEFORE UPDATE ON seal_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'seal_checkpoint is append-only';

CREATE TRIGGER seal_checkpoint_no_delete BEFORE DELETE ON seal_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'seal_checkpoint is append-only';
