-- Administrative units (đơn vị hành chính) of both regimes, with validity dates. Codes are never
-- reused in meaning, but the same code string can appear in both lists (a commune that kept its
-- code through a merger), so a unit is identified by (code, list).
CREATE TABLE admin_unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(10)  NOT NULL,
    unit_list   VARCHAR(20)  NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    kind        VARCHAR(100) NULL,
    name        VARCHAR(255) NOT NULL,
    full_name   VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NULL,
    parent_id   BIGINT       NULL,
    valid_from  DATE         NULL,
    valid_to    DATE         NULL,
    CONSTRAINT uq_admin_unit_code UNIQUE (code, unit_list),
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id),
    INDEX idx_admin_unit_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The country: the jurisdiction of national staff; parent of every province of both lists.
INSERT INTO admin_unit (code, unit_list, level, kind, name, full_name, name_en)
VALUES ('VN', 'NATIONAL', 'NATION', NULL, 'Việt Nam', 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Viet Nam');
SET @vn = LAST_INSERT_ID();

-- Two-tier list, valid from 2025-07-01.
INSERT INTO admin_unit (code, unit_list, level, kind, name, full_name, name_en, parent_id, valid_from)
SELECT p.code, 'TWO_TIER_2025', 'PROVINCE', u.short_name, p.name, p.full_name, p.name_en, @vn, '2025-07-01'
FROM au_src_current_provinces p LEFT JOIN au_src_current_administrative_units u ON u.id = p.administrative_unit_id;

INSERT INTO admin_unit (code, unit_list, level, kind, name, full_name, name_en, parent_id, valid_from)
SELECT w.code, 'TWO_TIER_2025', 'COMMUNE', u.short_name, w.name, COALESCE(w.full_name, w.name), w.name_en, p.id, '2025-07-01'
FROM au_src_current_wards w
JOIN admin_unit p ON p.code = w.province_code AND p.unit_list = 'TWO_TIER_2025'
LEFT JOIN au_src_current_administrative_units u ON u.id = w.administrative_unit_id;

-- Three-tier list, valid until 2025-06-30.
INSERT INTO admin_unit (code, unit_list, level, kind, name, full_name, name_en, parent_id, valid_to)
SELECT p.code, 'THREE_TIER_2004', 'PROVINCE', u.short_name, p.name, p.full_name, p.name_en, @vn, '2025-06-30'
FROM au_src_pre2025_provinces p LEFT JOIN au_src_pre2025_administrative_units u ON u.id = p.administrative_unit_id;

INSERT INTO admin_unit (code, unit_list, level, kind, name, full_name, name_en, parent_id, valid_to)
SELECT d.code, 'THREE_TIER_2004', 'DISTRICT', u.short_name, d.name, COALESCE(d.full_name, d.name), d.name_en, p.id, '2025-06-30'
FROM au_src_pre2025_districts d
JOIN admin_unit p ON p.code = d.province_code AND p.unit_list = 'THREE_TIER_2004'
LEFT JOIN au_src_pre2025_administrative_units u ON u.id = d.administrative_unit_id;

INSERT INTO admin_unit (code, unit_list, level, kind, name, full_name, name_en, parent_id, valid_to)
SELECT w.code, 'THREE_TIER_2004', 'COMMUNE', u.short_name, w.name, COALESCE(w.full_name, w.name), w.name_en, d.id, '2025-06-30'
FROM au_src_pre2025_wards w
JOIN admin_unit d ON d.code = w.district_code AND d.unit_list = 'THREE_TIER_2004'
LEFT JOIN au_src_pre2025_administrative_units u ON u.id = w.administrative_unit_id;

DROP TABLE au_src_current_wards;
DROP TABLE au_src_current_provinces;
DROP TABLE au_src_current_administrative_units;
DROP TABLE au_src_pre2025_wards;
DROP TABLE au_src_pre2025_districts;
DROP TABLE au_src_pre2025_provinces;
DROP TABLE au_src_pre2025_administrative_units;
