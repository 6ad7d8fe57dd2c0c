-- Casework: who decides each programme and when (dated configuration), working days, the rate
-- tables a decision's amount comes from, cases, their history, decisions, and alerts.

-- The competent authority (cơ quan có thẩm quyền) per programme, with the date each rule starts.
-- The rule in force on a day is the row with the latest effective_from not after that day.
CREATE TABLE approval_authority (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme        VARCHAR(40)   NOT NULL,
    effective_from   DATE          NOT NULL,
    approving_level  VARCHAR(20)   NOT NULL,   -- COMMUNE / DISTRICT / PROVINCE
    issuing_body     VARCHAR(120)  NOT NULL,   -- printed before the unit name, e.g. 'Ủy ban nhân dân'
    document_symbol  VARCHAR(30)   NOT NULL,   -- e.g. 'QĐ-UBND', 'QĐ-SNV'
    signer_title     VARCHAR(60)   NOT NULL,   -- e.g. 'Chủ tịch', 'Giám đốc'
    time_limit_days  INT           NOT NULL,   -- statutory working days from submission to decision
    posting_days     INT           NOT NULL,   -- working days of public posting (niêm yết); 0 = none
    legal_basis      VARCHAR(600)  NOT NULL,   -- decree and article the decision cites
    CONSTRAINT uq_authority UNIQUE (programme, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Before 1 Jul 2025 (Decree 20/2021 Art. 8): commune reviews and posts 2 working days, the district
-- chairman decides. From 1 Jul 2025 (Decree 147/2025 Art. 5): the commune chairman decides within 10
-- working days, no posting. Meritorious persons: the provincial labour department, from 1 Jul 2025 the
-- provincial Department of Home Affairs (Decree 129/2025). Time limits marked [R] in DOMAIN.md are
-- configuration: change them here, by a new dated row, not in code.
INSERT INTO approval_authority (programme, effective_from, approving_level, issuing_body, document_symbol,
                                signer_title, time_limit_days, posting_days, legal_basis) VALUES
    ('SOCIAL_ASSISTANCE', '2021-07-01', 'DISTRICT', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 22, 2,
     'Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, Điều 5 và Điều 8'),
    ('SOCIAL_ASSISTANCE', '2025-07-01', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 10, 0,
     'Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ, Điều 5; Nghị định số 147/2025/NĐ-CP của Chính phủ, Điều 5'),
    ('FUNERAL_SUPPORT', '2021-07-01', 'DISTRICT', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 3, 0,
     'Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ, Điều 11'),
    ('FUNERAL_SUPPORT', '2025-07-01', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 3, 0,
     'Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ, Điều 11; Nghị định số 147/2025/NĐ-CP của Chính phủ'),
    ('MERITORIOUS_PERSON', '2021-07-01', 'PROVINCE', 'Sở Lao động - Thương binh và Xã hội', 'QĐ-SLĐTBXH', 'Giám đốc', 24, 0,
     'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12 năm 2021 của Chính phủ'),
    ('MERITORIOUS_PERSON', '2025-07-01', 'PROVINCE', 'Sở Nội vụ', 'QĐ-SNV', 'Giám đốc', 12, 0,
     'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định số 131/2021/NĐ-CP; Nghị định số 129/2025/NĐ-CP của Chính phủ'),
    ('MERITORIOUS_RELATIVE', '2021-07-01', 'PROVINCE', 'Sở Lao động - Thương binh và Xã hội', 'QĐ-SLĐTBXH', 'Giám đốc', 24, 0,
     'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12 năm 2021 của Chính phủ'),
    ('MERITORIOUS_RELATIVE', '2025-07-01', 'PROVINCE', 'Sở Nội vụ', 'QĐ-SNV', 'Giám đốc', 12, 0,
     'Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14; Nghị định số 131/2021/NĐ-CP; Nghị định số 129/2025/NĐ-CP của Chính phủ'),
    ('POOR_HOUSEHOLD_SUPPORT', '2021-07-01', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 15, 3,
     'Nghị định số 07/2021/NĐ-CP ngày 27 tháng 01 năm 2021 của Chính phủ; Quyết định số 24/2021/QĐ-TTg của Thủ tướng Chính phủ'),
    ('DRUG_REHABILITATION', '2022-01-01', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 5, 0,
     'Luật Phòng, chống ma túy số 73/2021/QH14; Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ'),
    ('DRUG_REHABILITATION', '2026-07-01', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 5, 0,
     'Luật Phòng, chống ma túy số 73/2021/QH14, được sửa đổi, bổ sung bởi Luật số 120/2025/QH15');

-- Days that are not working days besides Saturdays and Sundays (ngày nghỉ lễ, Tết). Each year's
-- Government notice sets them [R]: an administrator adds a year's rows before the year starts.
CREATE TABLE public_holiday (
    day   DATE         NOT NULL PRIMARY KEY,
    name  VARCHAR(100) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO public_holiday (day, name) VALUES
    ('2024-01-01', 'Tết Dương lịch'),
    ('2024-02-08', 'Tết Nguyên đán'), ('2024-02-09', 'Tết Nguyên đán'), ('2024-02-12', 'Tết Nguyên đán'),
    ('2024-02-13', 'Tết Nguyên đán'), ('2024-02-14', 'Tết Nguyên đán'),
    ('2024-04-18', 'Giỗ Tổ Hùng Vương'), ('2024-04-29', 'Ngày Chiến thắng'), ('2024-04-30', 'Ngày Chiến thắng'),
    ('2024-05-01', 'Quốc tế Lao động'), ('2024-09-02', 'Quốc khánh'), ('2024-09-03', 'Quốc khánh'),
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
    ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'), ('2025-04-30', 'Ngày Chiến thắng'), ('2025-05-01', 'Quốc tế Lao động'),
    ('2025-05-02', 'Quốc tế Lao động'), ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'), ('2026-01-02', 'Tết Dương lịch'),
    ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
    ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương'), ('2026-04-30', 'Ngày Chiến thắng'), ('2026-05-01', 'Quốc tế Lao động'),
    ('2026-08-31', 'Quốc khánh'), ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch');

-- Standard levels (mức chuẩn) per scheme with their start dates; province_code set = a province's
-- own higher level. A payroll or a decision uses the level in force in its month.
CREATE TABLE standard_level (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme          VARCHAR(30)   NOT NULL,   -- SOCIAL_ASSISTANCE / MERITORIOUS
    province_code   VARCHAR(10)   NULL,       -- NULL: the national level
    effective_from  DATE          NOT NULL,
    amount          BIGINT        NOT NULL,   -- đồng per month
    legal_basis     VARCHAR(300)  NOT NULL,
    CONSTRAINT uq_standard_level UNIQUE (scheme, province_code, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO standard_level (scheme, province_code, effective_from, amount, legal_basis) VALUES
    ('SOCIAL_ASSISTANCE', NULL, '2021-07-01', 360000, 'Nghị định số 20/2021/NĐ-CP'),
    ('SOCIAL_ASSISTANCE', NULL, '2024-07-01', 500000, 'Nghị định số 76/2024/NĐ-CP'),
    ('SOCIAL_ASSISTANCE', '01', '2026-01-01', 650000, 'Nghị quyết số 63/2025/NQ-HĐND thành phố Hà Nội'),
    ('MERITORIOUS', NULL, '2019-07-01', 1624000, 'Nghị định số 58/2019/NĐ-CP'),
    ('MERITORIOUS', NULL, '2023-07-01', 2055000, 'Nghị định số 55/2023/NĐ-CP'),
    ('MERITORIOUS', NULL, '2024-07-01', 2789000, 'Nghị định số 77/2024/NĐ-CP');

-- Coefficients (hệ số) per category, age band and disability level, with start dates. A row applies
-- when the person's age in the month is within [min_age, max_age) and the disability level matches
-- (NULL matches any). Values marked [R] in DOMAIN.md are to be confirmed; they are data, not code.
CREATE TABLE benefit_coefficient (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category          VARCHAR(60)   NOT NULL,
    min_age           INT           NULL,
    max_age           INT           NULL,
    disability_level  VARCHAR(30)   NULL,
    effective_from    DATE          NOT NULL,
    coefficient       DECIMAL(6, 3) NOT NULL,
    legal_basis       VARCHAR(300)  NOT NULL,
    INDEX idx_coefficient_category (category, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO benefit_coefficient (category, min_age, max_age, disability_level, effective_from, coefficient, legal_basis) VALUES
    ('CHILD_WITHOUT_SUPPORT', NULL, 4, NULL, '2021-07-01', 2.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('CHILD_WITHOUT_SUPPORT', 4, 16, NULL, '2021-07-01', 1.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('YOUTH_IN_EDUCATION', 16, 23, NULL, '2021-07-01', 1.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('HIV_POOR_HOUSEHOLD', NULL, 4, NULL, '2021-07-01', 2.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('HIV_POOR_HOUSEHOLD', 4, 16, NULL, '2021-07-01', 1.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('HIV_POOR_HOUSEHOLD', 16, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('SINGLE_PARENT_POOR', NULL, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('ELDERLY_POOR_ALONE', 60, 80, NULL, '2021-07-01', 1.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('ELDERLY_POOR_ALONE', 80, NULL, NULL, '2021-07-01', 2.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('ELDERLY_75_DIFFICULT_AREA', 75, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('ELDERLY_80_NO_PENSION', 80, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('ELDERLY_COMMUNITY_CARE', 60, NULL, NULL, '2021-07-01', 3.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('DISABLED', 16, 60, 'PARTICULARLY_SEVERE', '2021-07-01', 2.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('DISABLED', NULL, 16, 'PARTICULARLY_SEVERE', '2021-07-01', 2.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('DISABLED', 60, NULL, 'PARTICULARLY_SEVERE', '2021-07-01', 2.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('DISABLED', 16, 60, 'SEVERE', '2021-07-01', 1.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('DISABLED', NULL, 16, 'SEVERE', '2021-07-01', 2.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('DISABLED', 60, NULL, 'SEVERE', '2021-07-01', 2.0, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    ('CHILD_UNDER_3_DIFFICULT_AREA', NULL, 3, NULL, '2021-07-01', 1.5, 'Nghị định số 20/2021/NĐ-CP, Điều 6'),
    -- One-time funeral support: at least 20 times the standard level (Art. 11).
    ('FUNERAL_SOCIAL_ASSISTANCE', NULL, NULL, NULL, '2021-07-01', 20.0, 'Nghị định số 20/2021/NĐ-CP, Điều 11'),
    -- Meritorious persons [R]: the annexes of Decree 75/2021 (amended by 55/2023, 77/2024) set amounts
    -- per category and impairment; these coefficients reproduce the confirmed samples (Heroic Mother
    -- 3x, her caregiver 1x) and stand in for the rest until the annex table is entered.
    ('HEROIC_MOTHER', NULL, NULL, NULL, '2021-07-01', 3.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('HEROIC_MOTHER_CAREGIVER', NULL, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('PRE_1945_REVOLUTIONARY', NULL, NULL, NULL, '2021-07-01', 2.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('AUGUST_1945_REVOLUTIONARY', NULL, NULL, NULL, '2021-07-01', 1.5, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('ARMED_FORCES_HERO', NULL, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('RESISTANCE_LABOUR_HERO', NULL, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('WAR_INVALID', NULL, NULL, NULL, '2021-07-01', 1.5, 'Nghị định số 75/2021/NĐ-CP, Phụ lục II'),
    ('WAR_INVALID_CLASS_B', NULL, NULL, NULL, '2021-07-01', 1.2, 'Nghị định số 75/2021/NĐ-CP, Phụ lục III'),
    ('TREATED_AS_WAR_INVALID', NULL, NULL, NULL, '2021-07-01', 1.2, 'Nghị định số 75/2021/NĐ-CP, Phụ lục II'),
    ('SICK_SOLDIER', NULL, NULL, NULL, '2021-07-01', 1.2, 'Nghị định số 75/2021/NĐ-CP, Phụ lục IV'),
    ('TOXIC_CHEMICAL_VICTIM', NULL, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('IMPRISONED_ACTIVIST', NULL, NULL, NULL, '2021-07-01', 0.5, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('RESISTANCE_ACTIVIST', NULL, NULL, NULL, '2021-07-01', 0.5, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('REVOLUTION_HELPER', NULL, NULL, NULL, '2021-07-01', 0.5, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('MARTYR_RELATIVE', NULL, NULL, NULL, '2021-07-01', 1.0, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I'),
    ('INVALID_RELATIVE', NULL, NULL, NULL, '2021-07-01', 0.5, 'Nghị định số 75/2021/NĐ-CP, Phụ lục I');

-- A case (trường hợp hưởng): one person in one programme, from the dossier to the end of the benefit.
CREATE TABLE benefit_case (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id     BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    programme          VARCHAR(40)   NOT NULL,
    category           VARCHAR(60)   NOT NULL,
    disability_level   VARCHAR(30)   NULL,
    commune_code       VARCHAR(10)   NOT NULL,
    province_code      VARCHAR(10)   NOT NULL,
    status             VARCHAR(30)   NOT NULL,
    origin             VARCHAR(30)   NOT NULL,   -- APPLICATION / TRANSFER / FUNERAL / RELAPSE / RECLASSIFICATION
    predecessor_id     BIGINT        NULL,       -- the case this one continues (transfer, relapse, re-classification, funeral)
    claimant_person_id BIGINT        NULL,       -- who receives a funeral support (a family member)
    opened_at          DATETIME(6)   NOT NULL,
    opened_by          VARCHAR(100)  NOT NULL,
    submitted_on       DATE          NULL,
    submitted_by       VARCHAR(100)  NULL,
    due_on             DATE          NULL,       -- statutory deadline of the decision
    posting_from       DATE          NULL,
    posting_until      DATE          NULL,       -- last working day of the posting
    decided_on         DATE          NULL,
    decided_by         VARCHAR(100)  NULL,
    entitled_from      DATE          NULL,       -- first month of the benefit (day 1)
    entitled_until     DATE          NULL,       -- last month of the benefit (day 1); NULL: open-ended
    end_reason         VARCHAR(30)   NULL,
    status_note        VARCHAR(2000) NULL,       -- reasons of a return, a rejection, a suspension, an end
    review_notes       TEXT          NULL,       -- the officer's assessment (thẩm định)
    last_reviewed_on   DATE          NULL,
    rehab_form         VARCHAR(30)   NULL,       -- AT_HOME / IN_COMMUNITY / AT_FACILITY
    rehab_mode         VARCHAR(20)   NULL,       -- VOLUNTARY / COMPULSORY
    rehab_start        DATE          NULL,
    rehab_planned_end  DATE          NULL,
    aftercare_until    DATE          NULL,
    review_year        INT           NULL,       -- poverty: the review year of the recognition
    updated_at         DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_case_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_case_predecessor FOREIGN KEY (predecessor_id) REFERENCES benefit_case (id),
    INDEX idx_case_person (person_id),
    INDEX idx_case_application (application_id),
    INDEX idx_case_commune_status (commune_code, status),
    INDEX idx_case_province_status (province_code, status),
    INDEX idx_case_due (status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case's history: every transition, who made it, when, why. Append-only.
CREATE TABLE case_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_name   VARCHAR(200)  NOT NULL,
    transition   VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(30)   NULL,
    to_status    VARCHAR(30)   NOT NULL,
    note         VARCHAR(2000) NULL,
    decision_id  BIGINT        NULL,
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES benefit_case (id),
    INDEX idx_event_case (case_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_event is append-only';

CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_event is append-only';

-- A decision (quyết định): a signed legal document. Never changed, never removed: a change is a new
-- decision that replaces the old one. The printed text is kept as signed (sheet_json).
CREATE TABLE decision (
    id                   BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id              BIGINT         NOT NULL,
    kind                 VARCHAR(30)    NOT NULL,
    issuing_unit_code    VARCHAR(10)    NOT NULL,
    document_symbol      VARCHAR(30)    NOT NULL,
    decision_year        INT            NOT NULL,
    sequence_no          INT            NOT NULL,
    number               VARCHAR(60)    NOT NULL,   -- e.g. 125/QĐ-UBND
    signed_on            DATE           NOT NULL,
    signed_at            DATETIME(6)    NOT NULL,
    signer               VARCHAR(100)   NOT NULL,
    signer_name          VARCHAR(200)   NOT NULL,
    signer_title         VARCHAR(60)    NOT NULL,
    legal_basis          VARCHAR(600)   NOT NULL,
    subject              VARCHAR(300)   NOT NULL,
    person_id            BIGINT         NOT NULL,
    category             VARCHAR(60)    NOT NULL,
    disability_level     VARCHAR(30)    NULL,
    coefficient          DECIMAL(6, 3)  NULL,
    standard_level       BIGINT         NULL,
    monthly_amount       BIGINT         NULL,
    one_time_amount      BIGINT         NULL,
    effective_month      DATE           NOT NULL,   -- day 1 of the month it takes effect
    replaces_id          BIGINT         NULL,
    sheet_json           LONGTEXT       NOT NULL,
    CONSTRAINT uq_decision_number UNIQUE (issuing_unit_code, document_symbol, decision_year, sequence_no),
    CONSTRAINT fk_decision_case FOREIGN KEY (case_id) REFERENCES benefit_case (id),
    CONSTRAINT fk_decision_replaces FOREIGN KEY (replaces_id) REFERENCES decision (id),
    INDEX idx_decision_case (case_id),
    INDEX idx_decision_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed decision is immutable';

CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a signed decision is immutable';

-- Alerts raised by the daily scan (age out / age in, stale records, overdue decisions). One row per
-- kind, case and trigger day, so a scan run twice raises nothing twice.
CREATE TABLE case_alert (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(40)   NOT NULL,
    case_id       BIGINT        NOT NULL,
    person_id     BIGINT        NOT NULL,
    commune_code  VARCHAR(10)   NOT NULL,
    province_code VARCHAR(10)   NOT NULL,
    due_on        DATE          NOT NULL,   -- the day the event happens (birthday, deadline)
    raised_on     DATE          NOT NULL,
    resolved_at   DATETIME(6)   NULL,
    resolved_by   VARCHAR(100)  NULL,
    CONSTRAINT uq_alert UNIQUE (kind, case_id, due_on),
    CONSTRAINT fk_alert_case FOREIGN KEY (case_id) REFERENCES benefit_case (id),
    INDEX idx_alert_commune (commune_code, resolved_at),
    INDEX idx_alert_province (province_code, resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_setting (setting_key, setting_value, updated_at, updated_by) VALUES
    ('ALERT_LOOKAHEAD_DAYS', '30', UTC_TIMESTAMP(6), 'system');
