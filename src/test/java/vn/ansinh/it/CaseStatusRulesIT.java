package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.CaseStatus;

/**
 * The case-status rules the SQL embeds are the enum's own: for each rule the SQL set generated from the
 * predicate selects, on the real database, exactly the statuses the Java predicate accepts, every status
 * being a fixture ({@link StatusSetParity}).
 */
class CaseStatusRulesIT {

    @Test
    void aBenefitRunsInTheSameStatusesForTheAlertsAndProject06AsInJava() {
        assertThat(StatusSetParity.sql(
                        CaseStatus.class, "s.status IN (" + CaseStatus.sqlSet(CaseStatus::benefitRuns) + ")"))
                .isEqualTo(StatusSetParity.java(CaseStatus.class, CaseStatus::benefitRuns))
                .containsExactlyInAnyOrder(
                        CaseStatus.APPROVED,
                        CaseStatus.ACTIVE,
                        CaseStatus.SUSPENDED,
                        CaseStatus.TERMINATION_PROPOSED,
                        CaseStatus.SUSPENSION_PROPOSED,
                        CaseStatus.REINSTATEMENT_PROPOSED);
    }

    @Test
    void aCaseAwaitsTheDecisionInTheSameStatusesForTheOverdueAlertsAsInJava() {
        assertThat(StatusSetParity.sql(
                        CaseStatus.class, "s.status IN (" + CaseStatus.sqlSet(CaseStatus::awaitsDecision) + ")"))
                .isEqualTo(StatusSetParity.java(CaseStatus.class, CaseStatus::awaitsDecision))
                .containsExactlyInAnyOrder(CaseStatus.SUBMITTED, CaseStatus.POSTED);
        assertThat(StatusSetParity.sql(
                        CaseStatus.class, "s.status NOT IN (" + CaseStatus.sqlSet(CaseStatus::awaitsDecision) + ")"))
                .as("the alert is closed for every other status")
                .isEqualTo(StatusSetParity.java(CaseStatus.class, s -> !s.awaitsDecision()));
    }
}
