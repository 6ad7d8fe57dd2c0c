-- Stops, suspensions and reinstatements are decisions (issue 10, item 8).
--
-- case_proposal: the officer's proposal (đề nghị) to end, suspend or reinstate a decided monthly
-- allowance, which the competent authority signs (a numbered decision) or rejects with a reason.
--   kind           - TERMINATION / SUSPENSION / REINSTATEMENT (DecisionKind)
--   end_reason     - DEATH / MOVED_AWAY / LOSS_OF_ELIGIBILITY (termination only)
--   month          - day 1 of: the last month paid (termination), the first month suspended
--                    (suspension), the first month paid again (reinstatement)
--   back_paid      - reinstatement only: whether the suspended months are paid back (truy lĩnh)
--   previous_status- the case's status before the proposal, restored when it is rejected
--   status         - OPEN / SIGNED / REJECTED / SUPERSEDED (ProposalStatus)
CREATE TABLE case_proposal (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    end_reason       VARCHAR(30)   NULL,
    month            DATE          NOT NULL,
    back_paid        BOOLEAN       NULL,
    reason           VARCHAR(2000) NOT NULL,
    previous_status  VARCHAR(30)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    proposed_by      VARCHAR(100)  NOT NULL,
    proposed_at      DATETIME(6)   NOT NULL,
    decided_by       VARCHAR(100)  NULL,
    decided_at       DATETIME(6)   NULL,
    decision_id      BIGINT        NULL,
    rejection_reason VARCHAR(2000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_proposal_case FOREIGN KEY (case_id) REFERENCES benefit_case (id),
    CONSTRAINT fk_proposal_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    INDEX idx_proposal_case (case_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- case_pause: a signed suspension's dated period (khoảng thời gian tạm dừng). from_month is the first
-- month not paid; until_month the last (NULL while the suspension runs); back_paid what the
-- reinstatement decided: TRUE pays the paused months as arrears, FALSE never pays them (PausedMonths).
CREATE TABLE case_pause (
    id                         BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id                    BIGINT   NOT NULL,
    from_month                 DATE     NOT NULL,
    until_month                DATE     NULL,
    back_paid                  BOOLEAN  NOT NULL DEFAULT FALSE,
    suspension_decision_id     BIGINT   NOT NULL,
    reinstatement_decision_id  BIGINT   NULL,
    CONSTRAINT fk_pause_case FOREIGN KEY (case_id) REFERENCES benefit_case (id),
    CONSTRAINT fk_pause_suspension FOREIGN KEY (suspension_decision_id) REFERENCES decision (id),
    CONSTRAINT fk_pause_reinstatement FOREIGN KEY (reinstatement_decision_id) REFERENCES decision (id),
    INDEX idx_pause_case (case_id, from_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
