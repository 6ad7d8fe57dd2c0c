package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.DossierMakers.Contribution;
import vn.ansinh.casework.domain.DossierMakers.Hand;

class DossierMakersTest {

    private final DossierMakers makers = new DossierMakers(List.of(
            new Contribution("officer.quyhop", Hand.OPENED),
            new Contribution("officer.quyhop", Hand.SUBMITTED),
            new Contribution("chairman.quyhop", Hand.DOCUMENT),
            new Contribution("chairman.quyhop", Hand.CREATED),
            new Contribution("vice.quyhop", Hand.REVIEW_NOTES)));

    @Test
    void aChairmanWhoCreatedTheApplicationIsAMakerThoughAColleagueSubmittedIt() {
        assertThat(makers.made("chairman.quyhop")).isTrue();
        assertThat(makers.handOf("chairman.quyhop")).contains(Hand.CREATED);
        assertThat(Hand.CREATED.refusalKey()).isEqualTo("case.error.makerChecker.CREATED");
    }

    @Test
    void theSubmitterIsNamedForSubmittingRatherThanForOpening() {
        assertThat(makers.handOf("officer.quyhop")).contains(Hand.SUBMITTED);
    }

    @Test
    void whoeverWroteTheAssessmentIsAMakerAndAnOutsiderIsNot() {
        assertThat(makers.handOf("vice.quyhop")).contains(Hand.REVIEW_NOTES);
        assertThat(makers.made("approver.quyhop")).isFalse();
        assertThat(makers.handOf("approver.quyhop")).isEmpty();
    }
}
