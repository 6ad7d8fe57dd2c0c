-- Issue 10, items 3 and 4: everything the law dates is dated data; eligibility under the rules of the day.
--
-- Decree 335/2026/NĐ-CP (signed 21 Aug 2026, in force 5 Oct 2026, replaces Decrees 20/2021 and 76/2024)
-- bands the poor elderly with no one to support them 60 to under 75: 1.5 / 75+: 2.0 (was 60-80 / 80+) and
-- drops the groups "75-80 in difficult areas" and "80+ without a pension" from social assistance (they are
-- the social pension's now). Its amounts apply from 1 Jul 2026 (Art. 32.3-5); the date from which the band
-- and group changes apply is set by its transitional articles, which we could NOT confirm (DOMAIN.md has
-- no text of them, no source found). So those rows are loaded PENDING, effective 5 Oct 2026 (the day the
-- decree is in force) as a proposal: an administrator confirms them, or rejects them and re-enters them
-- with the right month. Nothing here counts before that (ConfirmedRates).

-- 1. The 335/2026 bands of ELDERLY_POOR_ALONE (pending). Once confirmed, the rows of a later period replace
--    every earlier row of the category whose age band overlaps theirs (CoefficientPeriods): 60-80 and 80+
--    stop counting from the new rows' date.
INSERT INTO benefit_coefficient (category, min_age, max_age, disability_level, effective_from, coefficient, legal_basis,
                                 status, document_number, document_date, created_at, created_by) VALUES
    ('ELDERLY_POOR_ALONE', 60, 75, NULL, '2026-10-05', 1.5,
     'Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ (ngày áp dụng theo điều khoản chuyển tiếp: chờ xác nhận)',
     'PENDING', '335/2026/NĐ-CP', '2026-08-21', UTC_TIMESTAMP(6), 'migration'),
    ('ELDERLY_POOR_ALONE', 75, NULL, NULL, '2026-10-05', 2.0,
     'Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ (ngày áp dụng theo điều khoản chuyển tiếp: chờ xác nhận)',
     'PENDING', '335/2026/NĐ-CP', '2026-08-21', UTC_TIMESTAMP(6), 'migration');

-- 2. Which categories exist in which period (category_period): a category exists on a day when the latest
--    counting row of that category from that day or before says available = 1. A category with no row at
--    all is not restricted (the programmes other than social assistance, and categories added later).
--    Same maker-checker columns as the rate rows (RateRow).
CREATE TABLE category_period (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category          VARCHAR(60)   NOT NULL,
    effective_from    DATE          NOT NULL,
    available         BOOLEAN       NOT NULL,   -- 1: the category exists from this day; 0: it ends the day before
    legal_basis       VARCHAR(300)  NOT NULL,
    status            VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    document_number   VARCHAR(60)   NULL,
    document_date     DATE          NULL,
    created_at        DATETIME(6)   NULL,
    created_by        VARCHAR(100)  NULL,
    confirmed_at      DATETIME(6)   NULL,
    confirmed_by      VARCHAR(100)  NULL,
    rejected_at       DATETIME(6)   NULL,
    rejected_by       VARCHAR(100)  NULL,
    rejection_reason  VARCHAR(500)  NULL,
    superseded_at     DATETIME(6)   NULL,
    superseded_by_id  BIGINT        NULL,
    INDEX idx_category_period (category, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The Art. 5 categories of Decree 20/2021 exist from 1 Jul 2021 (confirmed, as the V8 rows were).
INSERT INTO category_period (category, effective_from, available, legal_basis, status, document_number, document_date,
                             created_at, created_by, confirmed_at, confirmed_by)
SELECT c.category, '2021-07-01', 1, 'Nghị định số 20/2021/NĐ-CP, Điều 5', 'CONFIRMED', '20/2021/NĐ-CP', '2021-03-15',
       TIMESTAMP('2021-07-01') - INTERVAL 7 HOUR, 'migration', TIMESTAMP('2021-07-01') - INTERVAL 7 HOUR, 'migration'
FROM (SELECT 'CHILD_WITHOUT_SUPPORT' AS category UNION ALL SELECT 'YOUTH_IN_EDUCATION' UNION ALL SELECT 'HIV_POOR_HOUSEHOLD'
      UNION ALL SELECT 'SINGLE_PARENT_POOR' UNION ALL SELECT 'ELDERLY_POOR_ALONE' UNION ALL SELECT 'ELDERLY_75_DIFFICULT_AREA'
      UNION ALL SELECT 'ELDERLY_80_NO_PENSION' UNION ALL SELECT 'ELDERLY_COMMUNITY_CARE' UNION ALL SELECT 'DISABLED'
      UNION ALL SELECT 'CHILD_UNDER_3_DIFFICULT_AREA') c;

-- 335/2026 ends two groups: pending, from the proposed 5 Oct 2026, until an administrator confirms the date.
INSERT INTO category_period (category, effective_from, available, legal_basis, status, document_number, document_date,
                             created_at, created_by) VALUES
    ('ELDERLY_75_DIFFICULT_AREA', '2026-10-05', 0,
     'Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ (ngày áp dụng theo điều khoản chuyển tiếp: chờ xác nhận)',
     'PENDING', '335/2026/NĐ-CP', '2026-08-21', UTC_TIMESTAMP(6), 'migration'),
    ('ELDERLY_80_NO_PENSION', '2026-10-05', 0,
     'Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ (ngày áp dụng theo điều khoản chuyển tiếp: chờ xác nhận)',
     'PENDING', '335/2026/NĐ-CP', '2026-08-21', UTC_TIMESTAMP(6), 'migration');

-- 3. The legal basis a decision cites: from 5 Oct 2026 (335/2026 in force, DOMAIN §1.2 [C]) the social
--    assistance and funeral decisions cite 335/2026; the commune procedure of Decree 147/2025 stays cited.
--    Time limits and posting as the 2025 rows (the 147/2025 procedure); change them by a new dated row.
INSERT INTO approval_authority (programme, effective_from, approving_level, issuing_body, document_symbol,
                                signer_title, time_limit_days, posting_days, legal_basis) VALUES
    ('SOCIAL_ASSISTANCE', '2026-10-05', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 10, 0,
     'Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ; Nghị định số 147/2025/NĐ-CP của Chính phủ, Điều 5'),
    ('FUNERAL_SUPPORT', '2026-10-05', 'COMMUNE', 'Ủy ban nhân dân', 'QĐ-UBND', 'Chủ tịch', 3, 0,
     'Nghị định số 335/2026/NĐ-CP ngày 21 tháng 8 năm 2026 của Chính phủ; Nghị định số 147/2025/NĐ-CP của Chính phủ');

-- 4. The base salary (lương cơ sở) as the levels of its own scheme BASE_SALARY, entered and confirmed like
--    the other levels on the rates page. DOMAIN §1.1 [C, derived]: 2,340,000 (Decree 73/2024, 1 Jul 2024),
--    2,530,000 from 1 Jul 2026 (Decree 161/2026). The meritorious-person funeral support is 10 x it (Law
--    41/2024 Art. 85.2): a coefficient of FUNERAL_MERITORIOUS on that scheme.
INSERT INTO standard_level (scheme, province_code, effective_from, amount, legal_basis, status, document_number,
                            created_at, created_by, confirmed_at, confirmed_by) VALUES
    ('BASE_SALARY', NULL, '2024-07-01', 2340000, 'Nghị định số 73/2024/NĐ-CP của Chính phủ quy định mức lương cơ sở',
     'CONFIRMED', '73/2024/NĐ-CP', TIMESTAMP('2024-07-01') - INTERVAL 7 HOUR, 'migration',
     TIMESTAMP('2024-07-01') - INTERVAL 7 HOUR, 'migration'),
    ('BASE_SALARY', NULL, '2026-07-01', 2530000, 'Nghị định số 161/2026/NĐ-CP của Chính phủ quy định mức lương cơ sở',
     'CONFIRMED', '161/2026/NĐ-CP', TIMESTAMP('2026-07-01') - INTERVAL 7 HOUR, 'migration',
     TIMESTAMP('2026-07-01') - INTERVAL 7 HOUR, 'migration');

INSERT INTO benefit_coefficient (category, min_age, max_age, disability_level, effective_from, coefficient, legal_basis,
                                 status, document_number, created_at, created_by, confirmed_at, confirmed_by) VALUES
    ('FUNERAL_MERITORIOUS', NULL, NULL, NULL, '2024-07-01', 10.0,
     'Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 85 khoản 2 (10 lần mức tham chiếu, là mức lương cơ sở)',
     'CONFIRMED', '41/2024/QH15', TIMESTAMP('2024-07-01') - INTERVAL 7 HOUR, 'migration',
     TIMESTAMP('2024-07-01') - INTERVAL 7 HOUR, 'migration');

-- 5. Each category's conditions, dated (eligibility_rule): the rule in force on a day is the latest
--    counting row of the category. Age in whole years on the day, within [min_age, max_age); poverty
--    status of the household in the review applying that year (a review of year N applies in N+1);
--    disability level among the listed ones; no pension; in school. The conditions restate the category
--    definitions of Decree 20/2021 Art. 5 (DOMAIN §1.2), confirmed as the categories themselves are.
CREATE TABLE eligibility_rule (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category             VARCHAR(60)   NOT NULL,
    effective_from       DATE          NOT NULL,
    min_age              INT           NULL,
    max_age              INT           NULL,      -- exclusive
    poverty_status       VARCHAR(30)   NULL,      -- POOR / POOR_OR_NEAR_POOR; NULL: not required
    disability_levels    VARCHAR(100)  NULL,      -- comma-separated levels; NULL: not required
    requires_no_pension  BOOLEAN       NOT NULL DEFAULT 0,
    requires_in_school   BOOLEAN       NOT NULL DEFAULT 0,
    legal_basis          VARCHAR(300)  NOT NULL,
    status               VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    document_number      VARCHAR(60)   NULL,
    document_date        DATE          NULL,
    created_at           DATETIME(6)   NULL,
    created_by           VARCHAR(100)  NULL,
    confirmed_at         DATETIME(6)   NULL,
    confirmed_by         VARCHAR(100)  NULL,
    rejected_at          DATETIME(6)   NULL,
    rejected_by          VARCHAR(100)  NULL,
    rejection_reason     VARCHAR(500)  NULL,
    superseded_at        DATETIME(6)   NULL,
    superseded_by_id     BIGINT        NULL,
    INDEX idx_eligibility_rule (category, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO eligibility_rule (category, effective_from, min_age, max_age, poverty_status, disability_levels,
                              requires_no_pension, requires_in_school, legal_basis, status, document_number,
                              created_at, created_by, confirmed_at, confirmed_by)
SELECT r.category, '2021-07-01', r.min_age, r.max_age, r.poverty, r.disability, r.no_pension, r.in_school,
       'Nghị định số 20/2021/NĐ-CP, Điều 5', 'CONFIRMED', '20/2021/NĐ-CP',
       TIMESTAMP('2021-07-01') - INTERVAL 7 HOUR, 'migration', TIMESTAMP('2021-07-01') - INTERVAL 7 HOUR, 'migration'
FROM (SELECT 'CHILD_WITHOUT_SUPPORT' AS category, NULL AS min_age, 16 AS max_age, NULL AS poverty, NULL AS disability,
             0 AS no_pension, 0 AS in_school
      UNION ALL SELECT 'YOUTH_IN_EDUCATION', 16, 23, NULL, NULL, 0, 1
      UNION ALL SELECT 'HIV_POOR_HOUSEHOLD', NULL, NULL, 'POOR', NULL, 0, 0
      UNION ALL SELECT 'SINGLE_PARENT_POOR', NULL, NULL, 'POOR_OR_NEAR_POOR', NULL, 0, 0
      UNION ALL SELECT 'ELDERLY_POOR_ALONE', 60, NULL, 'POOR', NULL, 0, 0
      UNION ALL SELECT 'ELDERLY_75_DIFFICULT_AREA', 75, 80, 'POOR_OR_NEAR_POOR', NULL, 0, 0
      UNION ALL SELECT 'ELDERLY_80_NO_PENSION', 80, NULL, NULL, NULL, 1, 0
      UNION ALL SELECT 'ELDERLY_COMMUNITY_CARE', 60, NULL, 'POOR', NULL, 0, 0
      UNION ALL SELECT 'DISABLED', NULL, NULL, NULL, 'PARTICULARLY_SEVERE,SEVERE', 0, 0
      UNION ALL SELECT 'CHILD_UNDER_3_DIFFICULT_AREA', NULL, 3, 'POOR_OR_NEAR_POOR', NULL, 0, 0) r;

-- 6. The facts eligibility needs that nothing recorded yet: whether the person receives a pension or a
--    monthly social-insurance benefit (a person fact, unknown = NULL); and the approver's written reason
--    when they decide against a failing condition, kept on the decision as signed.
ALTER TABLE person ADD COLUMN receives_pension BOOLEAN NULL;
ALTER TABLE decision ADD COLUMN eligibility_override VARCHAR(2000) NULL;
