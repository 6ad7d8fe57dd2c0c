-- Issue 15 item 4: online dossiers imported from the public-service portal (Cổng dịch vụ công).
-- A portal dossier (its "mã hồ sơ") is linked to the one application it opened; each status the portal is told
-- about is one row of its history, which is also the outbox: a row not yet accepted by the portal is sent again.
CREATE TABLE portal_dossier (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_number  VARCHAR(60)   NOT NULL,   -- the portal's mã hồ sơ
    procedure_code  VARCHAR(20)   NOT NULL,   -- the portal's procedure code, e.g. 1.014028
    application_id  BIGINT        NOT NULL,
    commune_code    VARCHAR(10)   NOT NULL,
    received_at     DATETIME(6)   NOT NULL,   -- when the portal received it (UTC)
    applicant_json  VARCHAR(2000) NOT NULL,   -- the applicant as the portal sent it (may differ from the beneficiary)
    imported_at     DATETIME(6)   NOT NULL,
    imported_by     VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_portal_dossier_number UNIQUE (dossier_number),
    CONSTRAINT uq_portal_dossier_application UNIQUE (application_id),
    CONSTRAINT fk_portal_dossier_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE portal_status (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id       BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,   -- PortalStatus: RECEIVED / PROCESSING / DECIDED / REFUSED
    reason           VARCHAR(1000) NULL,       -- REFUSED: why
    decision_id      BIGINT        NULL,       -- DECIDED: the decision whose PDF is sent
    status_at        DATETIME(6)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NULL,       -- null once sent
    sent_at          DATETIME(6)   NULL,
    last_error       VARCHAR(500)  NULL,
    INDEX idx_portal_status_due (sent_at, next_attempt_at),
    CONSTRAINT fk_portal_status_dossier FOREIGN KEY (dossier_id) REFERENCES portal_dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
