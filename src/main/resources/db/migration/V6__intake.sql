-- Intake: applications (hồ sơ đề nghị) and their scanned documents; suspected duplicate people.

CREATE TABLE application (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id        BIGINT       NOT NULL,
    programme        VARCHAR(40)  NOT NULL,
    category         VARCHAR(60)  NOT NULL,
    disability_level VARCHAR(30)  NULL,
    details          LONGTEXT     NULL,          -- the programme's own fields, JSON
    status           VARCHAR(30)  NOT NULL,
    commune_code     VARCHAR(10)  NOT NULL,
    province_code    VARCHAR(10)  NOT NULL,
    received_on      DATE         NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX idx_application_person (person_id),
    INDEX idx_application_commune (commune_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_document (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    media_type      VARCHAR(40)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    uploaded_by     VARCHAR(100) NOT NULL,
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES application (id),
    INDEX idx_document_application (application_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE duplicate_suspect (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_a_id     BIGINT       NOT NULL,   -- the lower id
    person_b_id     BIGINT       NOT NULL,
    score           TINYINT      NOT NULL,   -- 0..100
    province_code   VARCHAR(10)  NOT NULL,
    commune_code    VARCHAR(10)  NOT NULL,   -- commune of person B (the newer one)
    status          VARCHAR(20)  NOT NULL,   -- OPEN / SAME_PERSON / DIFFERENT_PEOPLE
    detected_at     DATETIME(6)  NOT NULL,
    detected_by     VARCHAR(100) NOT NULL,
    resolved_at     DATETIME(6)  NULL,
    resolved_by     VARCHAR(100) NULL,
    CONSTRAINT uq_duplicate_pair UNIQUE (person_a_id, person_b_id),
    CONSTRAINT fk_duplicate_a FOREIGN KEY (person_a_id) REFERENCES person (id),
    CONSTRAINT fk_duplicate_b FOREIGN KEY (person_b_id) REFERENCES person (id),
    INDEX idx_duplicate_commune (commune_code, status),
    INDEX idx_duplicate_province (province_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) VALUES
    ('DUPLICATE_WARNING_SCORE', '75', UTC_TIMESTAMP(6), 'system');
