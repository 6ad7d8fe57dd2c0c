-- Registry: people (nhân khẩu), households (hộ gia đình), their members, and the poverty review.
-- Jurisdiction filters use the denormalised commune and province codes of the residence.

CREATE TABLE person (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    full_name             VARCHAR(100) NOT NULL,           -- exactly as written
    name_folded           VARCHAR(100) NOT NULL,           -- lower case, no diacritics: search
    name_key              VARCHAR(100) NOT NULL,           -- folded tokens sorted: duplicate check
    given_name_folded     VARCHAR(40)  NOT NULL,           -- last word (tên), folded
    birth_year            SMALLINT     NOT NULL,
    birth_month           TINYINT      NULL,
    birth_day             TINYINT      NULL,
    sex                   VARCHAR(6)   NOT NULL,
    ethnicity             CHAR(2)      NOT NULL,
    personal_id           CHAR(12)     NULL,
    old_id_number         CHAR(9)      NULL,
    health_insurance_no   CHAR(15)     NULL,
    phone                 VARCHAR(15)  NULL,
    residence_unit_id     BIGINT       NOT NULL,
    commune_code          VARCHAR(10)  NOT NULL,
    province_code         VARCHAR(10)  NOT NULL,
    address               VARCHAR(255) NULL,
    date_of_death         DATE         NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_personal_id UNIQUE (personal_id),
    CONSTRAINT fk_person_unit FOREIGN KEY (residence_unit_id) REFERENCES admin_unit (id),
    INDEX idx_person_name (name_folded),
    INDEX idx_person_commune_name (commune_code, name_folded),
    INDEX idx_person_province_name (province_code, name_folded),
    INDEX idx_person_given (given_name_folded, birth_year),
    INDEX idx_person_dup (province_code, birth_year, name_key),
    INDEX idx_person_old_id (old_id_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)  NOT NULL,
    head_person_id    BIGINT       NOT NULL,
    residence_unit_id BIGINT       NOT NULL,
    commune_code      VARCHAR(10)  NOT NULL,
    province_code     VARCHAR(10)  NOT NULL,
    area              VARCHAR(10)  NOT NULL,           -- RURAL / URBAN: which poverty line applies
    address           VARCHAR(255) NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_household_code UNIQUE (code),
    CONSTRAINT fk_household_head FOREIGN KEY (head_person_id) REFERENCES person (id),
    CONSTRAINT fk_household_unit FOREIGN KEY (residence_unit_id) REFERENCES admin_unit (id),
    INDEX idx_household_commune (commune_code, code),
    INDEX idx_household_province (province_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person belongs to at most one household at a time.
CREATE TABLE household_member (
    person_id     BIGINT      NOT NULL PRIMARY KEY,
    household_id  BIGINT      NOT NULL,
    relationship  VARCHAR(20) NOT NULL,
    CONSTRAINT fk_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_member_household FOREIGN KEY (household_id) REFERENCES household (id),
    INDEX idx_member_household (household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Poverty lines (chuẩn nghèo) by period and area: configuration with validity, never code.
CREATE TABLE poverty_standard (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_year             SMALLINT     NOT NULL,
    last_year              SMALLINT     NOT NULL,
    area                   VARCHAR(10)  NOT NULL,
    income_ceiling         BIGINT       NOT NULL,   -- VND per person per month, poor / near-poor
    average_ceiling        BIGINT       NULL,       -- upper bound of "average living standard", if set
    min_deprivations_poor  TINYINT      NOT NULL,   -- poor when at least this many indicators are deprived
    legal_basis            VARCHAR(255) NOT NULL,
    CONSTRAINT uq_poverty_standard UNIQUE (first_year, area)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO poverty_standard (first_year, last_year, area, income_ceiling, average_ceiling, min_deprivations_poor, legal_basis) VALUES
    (2022, 2026, 'RURAL', 1500000, 2250000, 3, 'Nghị định 07/2021/NĐ-CP; kéo dài đến hết 2026 theo Nghị định 351/2025/NĐ-CP'),
    (2022, 2026, 'URBAN', 2000000, 3000000, 3, 'Nghị định 07/2021/NĐ-CP; kéo dài đến hết 2026 theo Nghị định 351/2025/NĐ-CP'),
    (2027, 2030, 'RURAL', 2200000, NULL, 3, 'Nghị định 351/2025/NĐ-CP'),
    (2027, 2030, 'URBAN', 2800000, NULL, 3, 'Nghị định 351/2025/NĐ-CP');

-- One review (rà soát) per household and year: the 12 deprivation indicators, income per head, and
-- the classification computed from them with the standard of that year.
CREATE TABLE poverty_review (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_id        BIGINT       NOT NULL,
    review_year         SMALLINT     NOT NULL,
    income_per_capita   BIGINT       NOT NULL,
    deprivations        SMALLINT     NOT NULL,        -- bit i set = indicator i deprived (12 bits)
    deprivation_count   TINYINT      NOT NULL,
    classification      VARCHAR(20)  NOT NULL,
    standard_id         BIGINT       NOT NULL,
    reviewed_on         DATE         NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_review_year UNIQUE (household_id, review_year),
    CONSTRAINT fk_review_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_review_standard FOREIGN KEY (standard_id) REFERENCES poverty_standard (id),
    INDEX idx_review_year_class (review_year, classification)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per-unit counters (household codes now; decision numbers later), taken under a row lock.
CREATE TABLE unit_sequence (
    unit_code   VARCHAR(10) NOT NULL,
    name        VARCHAR(40) NOT NULL,
    period      SMALLINT    NOT NULL DEFAULT 0,   -- e.g. the year for yearly numbering; 0 = never resets
    next_value  BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, name, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
