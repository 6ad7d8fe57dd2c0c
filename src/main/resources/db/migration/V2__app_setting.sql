-- System settings that an administrator may change (through a command, with an audit row).
-- Values that depend on the law and change over time are NOT settings: they are rate and rule
-- tables with effective dates (later migrations).
CREATE TABLE app_setting (
    setting_key   VARCHAR(60)   NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) VALUES
    ('ORGANISATION_NAME', 'Hệ thống quản lý đối tượng an sinh xã hội', UTC_TIMESTAMP(6), 'system'),
    ('RECORD_REVIEW_MONTHS', '12', UTC_TIMESTAMP(6), 'system'),
    ('UPLOAD_MAX_MEGABYTES', '10', UTC_TIMESTAMP(6), 'system'),
    ('SUPPORT_CONTACT', 'Phòng Bảo trợ xã hội - Sở Y tế', UTC_TIMESTAMP(6), 'system');
