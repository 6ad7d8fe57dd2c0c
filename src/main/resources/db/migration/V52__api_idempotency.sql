-- Issue 15: the REST API's idempotency keys. A creating write (POST) that carries an Idempotency-Key header is
-- recorded with its answer in the same transaction as the command it ran; the same key from the same caller is
-- answered with the recorded answer instead of running the command again (a different body under the same key is
-- refused). A key is kept 24 hours: each new keyed write deletes the older ones.
CREATE TABLE api_idempotency_key (
    caller        VARCHAR(100)  NOT NULL,              -- the token's preferred_username
    idem_key      VARCHAR(100)  NOT NULL,              -- the client's Idempotency-Key
    request_hash  CHAR(64)      NOT NULL,              -- SHA-256 of method, path and body
    status        SMALLINT      NOT NULL,
    location      VARCHAR(300)  NULL,
    body          MEDIUMTEXT    NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (caller, idem_key),
    KEY idx_api_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
