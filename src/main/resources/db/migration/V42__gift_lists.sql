-- Issue 14: one-off support lists (danh sách hỗ trợ một lần: quà Tết, 27/7, Resolution 418/NQ-CP).
-- A list is defined by an administrator of the country or a province (who qualifies: categories with their
-- amount, the cut-off day, the budget source), drawn from the registry at the cut-off (one entry per person,
-- keyed by personal ID, else old ID-card number, else the person's record: those are to resolve), reviewed by
-- each commune's officer, approved by its approver, and paid through the usual channels.

CREATE TABLE gift_list (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    unit_code       VARCHAR(10)   NOT NULL,   -- VN or a province: whose beneficiaries the list draws
    cut_off         DATE          NOT NULL,   -- who qualifies on this day
    budget_source   VARCHAR(200)  NOT NULL,   -- e.g. "Ngân sách trung ương (NQ 418/NQ-CP)"
    status          VARCHAR(20)   NOT NULL,   -- GiftListStatus
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    drawn_at        DATETIME(6)   NULL,
    drawn_by        VARCHAR(100)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX idx_gift_list_unit (unit_code, cut_off)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who qualifies and how much: one row per category of the list with its amount per person.
CREATE TABLE gift_list_category (
    list_id   BIGINT       NOT NULL,
    category  VARCHAR(60)  NOT NULL,   -- Category
    amount    BIGINT       NOT NULL,
    PRIMARY KEY (list_id, category),
    CONSTRAINT fk_gift_category_list FOREIGN KEY (list_id) REFERENCES gift_list (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The list's part in one commune: reviewed by its officer, approved by its approver, then paid.
CREATE TABLE gift_commune (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id        BIGINT        NOT NULL,
    commune_code   VARCHAR(10)   NOT NULL,
    province_code  VARCHAR(10)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,   -- GiftCommuneStatus
    reviewed_at    DATETIME(6)   NULL,
    reviewed_by    VARCHAR(100)  NULL,
    approved_at    DATETIME(6)   NULL,
    approved_by    VARCHAR(100)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_gift_commune UNIQUE (list_id, commune_code),
    CONSTRAINT fk_gift_commune_list FOREIGN KEY (list_id) REFERENCES gift_list (id),
    INDEX idx_gift_commune_commune (commune_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One entry per person of the list (the identity key is unique within the list: never twice).
CREATE TABLE gift_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    list_id         BIGINT        NOT NULL,
    person_id       BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,   -- the case that gave the amount
    identity_key    VARCHAR(40)   NOT NULL,   -- personal ID, else old ID number, else '#' and the person's id
    identity_kind   VARCHAR(20)   NOT NULL,   -- IdentityKind: PERSONAL_ID / OLD_ID / NONE (to resolve)
    full_name       VARCHAR(100)  NOT NULL,
    commune_code    VARCHAR(10)   NOT NULL,
    province_code   VARCHAR(10)   NOT NULL,
    category        VARCHAR(60)   NOT NULL,
    amount          BIGINT        NOT NULL,
    channel         VARCHAR(20)   NOT NULL,   -- PaymentChannel at the draw
    bank_code       VARCHAR(20)   NULL,
    account_no      VARCHAR(40)   NULL,
    resolution      VARCHAR(20)   NOT NULL,   -- EntryResolution: CLEAR / TO_RESOLVE / KEPT / DROPPED
    paid_on         DATE          NULL,
    paid_by         VARCHAR(100)  NULL,
    CONSTRAINT uq_gift_entry_identity UNIQUE (list_id, identity_key),
    CONSTRAINT uq_gift_entry_person UNIQUE (list_id, person_id),
    CONSTRAINT fk_gift_entry_list FOREIGN KEY (list_id) REFERENCES gift_list (id),
    CONSTRAINT fk_gift_entry_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX idx_gift_entry_commune (list_id, commune_code, full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
