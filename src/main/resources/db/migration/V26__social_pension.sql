-- The social pension (trợ cấp hưu trí xã hội; Social Insurance Law 41/2024, Art. 21–22, in force 1 Jul 2025;
-- Decree 176/2025/NĐ-CP) and the list decisions (quyết định kèm danh sách) that move a group between
-- schemes or to new amounts (issue 10, item 5; branch social-pension).

-- Its own scheme: 500,000 đồng a month from 1 Jul 2025 (Decree 176/2025) [C]. Confirmed as the rows the
-- migrations loaded are (V20): by "migration", at the start of the month it applies from (00:00 in Vietnam).
INSERT INTO standard_level (scheme, province_code, effective_from, amount, legal_basis, status, document_number,
                            confirmed_at, confirmed_by, created_at, created_by) VALUES
    ('SOCIAL_PENSION', NULL, '2025-07-01', 500000, 'Nghị định số 176/2025/NĐ-CP', 'CONFIRMED', '176/2025/NĐ-CP',
     TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration', TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration');

-- Its categories, each paid the standard level (coefficient 1.0) [C: Law 41/2024 Art. 21; Decree 176/2025]:
-- 75 and over without a pension or monthly social-insurance benefit; 70 to under 75 in a poor or near-poor household.
INSERT INTO benefit_coefficient (category, min_age, max_age, disability_level, effective_from, coefficient, legal_basis,
                                 status, document_number, confirmed_at, confirmed_by, created_at, created_by) VALUES
    ('SOCIAL_PENSION_75_NO_PENSION', 75, NULL, NULL, '2025-07-01', 1.0,
     'Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 21; Nghị định số 176/2025/NĐ-CP', 'CONFIRMED', '176/2025/NĐ-CP',
     TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration', TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration'),
    ('SOCIAL_PENSION_70_POOR', 70, 75, NULL, '2025-07-01', 1.0,
     'Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 21; Nghị định số 176/2025/NĐ-CP', 'CONFIRMED', '176/2025/NĐ-CP',
     TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration', TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration');

-- Funeral support of a social-pension recipient: DOMAIN has only the draft's 10,000,000 (20 × 500,000), not a
-- confirmed figure. Loaded PENDING for an administrator to confirm (or reject and enter the right one); while
-- no confirmed row exists, the funeral decision is refused with a message saying so (case.error.noFuneralRate).
INSERT INTO benefit_coefficient (category, min_age, max_age, disability_level, effective_from, coefficient, legal_basis,
                                 status, document_number, created_at, created_by) VALUES
    ('FUNERAL_SOCIAL_PENSION', NULL, NULL, NULL, '2025-07-01', 20.0,
     'Dự thảo Nghị định hướng dẫn trợ cấp hưu trí xã hội (10.000.000 đồng, chưa xác nhận)', 'PENDING', NULL,
     TIMESTAMP('2025-07-01') - INTERVAL 7 HOUR, 'migration');

-- Decided by the commune chairman from 1 Jul 2025 [C S17, S29]. The time limit of 10 working days is [R]:
-- the same as monthly social assistance at the commune; to be confirmed against Decree 176/2025.
INSERT INTO approval_authority (programme, effective_from, approving_level, issuing_body, document_symbol,
                                signer_title, time_limit_days, posting_days, legal_basis) VALUES
    ('SOCIAL_PENSION', '2025-07-01', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 10, 0,
     'Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024, Điều 21 và Điều 22; Nghị định số 176/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Bảo hiểm xã hội về trợ cấp hưu trí xã hội');

-- A list decision: one decision per commune that changes many cases at once from one month, by one rule
-- (e.g. RECIPIENTS of ELDERLY_80_NO_PENSION move to the social pension; or a new level or band for many).
-- PREPARED by an administrator or the commune officer (the preview, stored), SIGNED by the commune chairman:
-- then it carries its number (numbered with the commune's other decisions), the signature and the printed text.
CREATE TABLE list_decision (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_code          VARCHAR(60)   NOT NULL,   -- ListRule
    commune_code       VARCHAR(10)   NOT NULL,
    province_code      VARCHAR(10)   NOT NULL,
    from_month         DATE          NOT NULL,   -- day 1 of the first month of the new terms
    status             VARCHAR(20)   NOT NULL,   -- PREPARED / SIGNED / DISCARDED
    prepared_at        DATETIME(6)   NOT NULL,
    prepared_by        VARCHAR(100)  NOT NULL,
    document_symbol    VARCHAR(30)   NULL,
    decision_year      INT           NULL,
    sequence_no        INT           NULL,
    number             VARCHAR(60)   NULL,
    signed_on          DATE          NULL,
    signed_at          DATETIME(6)   NULL,
    signer             VARCHAR(100)  NULL,
    signer_name        VARCHAR(200)  NULL,
    signer_title       VARCHAR(60)   NULL,
    legal_basis        VARCHAR(600)  NULL,
    subject            VARCHAR(300)  NULL,
    sheet_json         LONGTEXT      NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_list_decision_number UNIQUE (commune_code, document_symbol, decision_year, sequence_no),
    INDEX idx_list_decision_commune (commune_code, status),
    INDEX idx_list_decision_province (province_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One person on a list: the case that ends (or changes) and the one that opens, the amounts before and after
-- from the list's month, and the rule applied (with its legal basis) as printed.
CREATE TABLE list_decision_entry (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id                BIGINT         NOT NULL,
    person_id              BIGINT         NOT NULL,
    old_case_id            BIGINT         NOT NULL,
    new_case_id            BIGINT         NULL,       -- set when signed
    old_category           VARCHAR(60)    NOT NULL,
    new_category           VARCHAR(60)    NOT NULL,
    standard_level_before  BIGINT         NULL,
    coefficient_before     DECIMAL(6, 3)  NULL,
    amount_before          BIGINT         NULL,
    standard_level_after   BIGINT         NOT NULL,
    coefficient_after      DECIMAL(6, 3)  NOT NULL,
    amount_after           BIGINT         NOT NULL,
    rule_applied           VARCHAR(600)   NOT NULL,
    CONSTRAINT fk_list_entry_list FOREIGN KEY (list_id) REFERENCES list_decision (id),
    CONSTRAINT fk_list_entry_old_case FOREIGN KEY (old_case_id) REFERENCES benefit_case (id),
    CONSTRAINT fk_list_entry_new_case FOREIGN KEY (new_case_id) REFERENCES benefit_case (id),
    CONSTRAINT uq_list_entry UNIQUE (list_id, old_case_id),
    INDEX idx_list_entry_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
