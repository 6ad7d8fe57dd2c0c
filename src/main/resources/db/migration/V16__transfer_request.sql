-- Issue 9 (disclosure): a commune asks the commune that holds a person's file to transfer it.
-- The person's commune accepts (the move procedure then runs) or refuses with a reason.
CREATE TABLE transfer_request (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT       NOT NULL,
    from_commune_code  VARCHAR(10)  NOT NULL,   -- the person's commune when asked: it decides
    to_commune_code    VARCHAR(10)  NOT NULL,   -- the requesting commune
    reason             VARCHAR(500) NOT NULL,
    status             VARCHAR(20)  NOT NULL,   -- PENDING / ACCEPTED / REFUSED (TransferRequestStatus)
    requested_by       VARCHAR(100) NOT NULL,
    requested_at       DATETIME(6)  NOT NULL,
    decided_by         VARCHAR(100) NULL,
    decided_at         DATETIME(6)  NULL,
    refusal_reason     VARCHAR(500) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_transfer_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX idx_transfer_from (from_commune_code, status),
    INDEX idx_transfer_to (to_commune_code, status),
    INDEX idx_transfer_person (person_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
