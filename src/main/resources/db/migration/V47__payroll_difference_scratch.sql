-- The months a payroll's difference step priced again and found owed or over-paid (DifferenceSql): written once
-- by one pass over the approved lines, then read by the statement that writes the DIFFERENCE lines and by the one
-- that proposes the recovery items, and emptied at the end of the step (it held each pass twice before).
CREATE TABLE payroll_difference_scratch (
    run_id              BIGINT        NOT NULL,
    original_id         BIGINT        NOT NULL,
    case_id             BIGINT        NOT NULL,
    person_id           BIGINT        NOT NULL,
    payee_person_id     BIGINT        NULL,
    decision_id         BIGINT        NULL,
    component           VARCHAR(60)   NOT NULL,
    for_month           DATE          NOT NULL,
    programme           VARCHAR(40)   NOT NULL,
    category            VARCHAR(60)   NOT NULL,
    scheme              VARCHAR(30)   NOT NULL,
    pay_commune         VARCHAR(10)   NOT NULL,
    pay_province        VARCHAR(10)   NOT NULL,
    level_id            BIGINT        NULL,
    level_amount        BIGINT        NULL,
    coefficient_id      BIGINT        NULL,
    coefficient         DECIMAL(6, 3) NULL,
    annex_id            BIGINT        NULL,
    due                 BIGINT        NOT NULL,
    kept                BIGINT        NOT NULL,
    kept_net_of_raised  BIGINT        NOT NULL,
    next_correction     INT           NOT NULL,
    PRIMARY KEY (run_id, original_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
