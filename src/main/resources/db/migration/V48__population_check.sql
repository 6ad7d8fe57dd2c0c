-- Issue 15, item 3: the latest answer of the population database (CSDL quốc gia về dân cư) per person, with the
-- day it came. An answer replaces the previous one; a failed check (service unavailable) keeps the last real answer
-- and only notes the failure (failed_at, message_key). The outcome is CheckOutcome: MATCHED, MISMATCHED, DECEASED,
-- NOT_FOUND, or UNAVAILABLE when no answer ever came. The person's unit is the person's own (joined for the scope).
CREATE TABLE population_check (
    person_id    BIGINT         NOT NULL PRIMARY KEY,
    outcome      VARCHAR(20)    NOT NULL,
    mismatches   VARCHAR(2000)  NULL,      -- JSON [{"field":"FULL_NAME","registryValue":"…"}]
    death_date   DATE           NULL,      -- the database's date of death, when DECEASED
    checked_on   DATE           NULL,      -- the day of the answer (Vietnam); null when none came yet
    checked_at   DATETIME(6)    NULL,
    checked_by   VARCHAR(100)   NULL,
    failed_at    DATETIME(6)    NULL,      -- the last check that got no answer, if after the answer
    message_key  VARCHAR(100)   NULL,      -- why it got none (population.unavailable.*)
    CONSTRAINT fk_population_check_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX idx_population_check_outcome (outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
