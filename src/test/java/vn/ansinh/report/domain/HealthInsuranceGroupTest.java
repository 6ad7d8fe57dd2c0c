package vn.ansinh.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/** Which beneficiaries the state insures under which VSS group code, and why someone left the list. */
class HealthInsuranceGroupTest {

    @Test
    void everyMeritoriousPersonIsCcAndRelativesAreTsOrTc() {
        for (Category category : Programme.MERITORIOUS_PERSON.categories()) {
            assertThat(HealthInsuranceGroup.of(category))
                    .as(category.name())
                    .contains(HealthInsuranceGroup.MERITORIOUS);
        }
        assertThat(HealthInsuranceGroup.of(Category.MARTYR_RELATIVE).map(HealthInsuranceGroup::code))
                .contains("TS");
        assertThat(HealthInsuranceGroup.of(Category.INVALID_RELATIVE).map(HealthInsuranceGroup::code))
                .contains("TC");
        assertThat(HealthInsuranceGroup.of(Category.HEROIC_MOTHER_CAREGIVER).map(HealthInsuranceGroup::code))
                .contains("TC");
        assertThat(HealthInsuranceGroup.MERITORIOUS.code()).isEqualTo("CC");
    }

    @Test
    void socialAssistanceIsBtAndThePoorAreHn() {
        for (Category category : Programme.SOCIAL_ASSISTANCE.categories()) {
            assertThat(HealthInsuranceGroup.of(category).map(HealthInsuranceGroup::code))
                    .as(category.name())
                    .contains("BT");
        }
        assertThat(HealthInsuranceGroup.of(Category.POOR_HOUSEHOLD_MEMBER).map(HealthInsuranceGroup::code))
                .contains("HN");
        assertThat(HealthInsuranceGroup.of(Category.SOCIAL_PENSION_75_NO_PENSION))
                .contains(HealthInsuranceGroup.SOCIAL_PENSION);
        assertThat(HealthInsuranceGroup.SOCIAL_PENSION.codeConfirmed())
                .as("no source gives the social pension's code")
                .isFalse();
    }

    @Test
    void nearPoorRehabilitationAndFuneralSupportAreNotStatePaid() {
        assertThat(HealthInsuranceGroup.of(Category.NEAR_POOR_HOUSEHOLD_MEMBER)).isEmpty();
        for (Programme programme : new Programme[] {Programme.DRUG_REHABILITATION, Programme.FUNERAL_SUPPORT}) {
            for (Category category : programme.categories()) {
                assertThat(HealthInsuranceGroup.of(category))
                        .as(category.name())
                        .isEmpty();
            }
        }
        assertThat(HealthInsuranceGroup.insuredCategories())
                .doesNotContain(Category.NEAR_POOR_HOUSEHOLD_MEMBER, Category.FUNERAL_MERITORIOUS)
                .contains(Category.WAR_INVALID, Category.DISABLED, Category.POOR_HOUSEHOLD_MEMBER);
    }

    @Test
    void aCategoryBelongsToOneGroupAtMost() {
        for (Category category : Category.values()) {
            long groups = Arrays.stream(HealthInsuranceGroup.values())
                    .filter(g -> g.categories().contains(category))
                    .count();
            assertThat(groups).as(category.name()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void everyGroupMakesAValidCardCode() {
        for (HealthInsuranceGroup group : HealthInsuranceGroup.values()) {
            HealthInsuranceCardNumber card =
                    HealthInsuranceCardNumber.of(group.code() + group.benefitLevel() + "110123456789");
            assertThat(card.groupCode()).isEqualTo(group.code());
            assertThat(card.benefitLevel()).isEqualTo(group.benefitLevel());
        }
    }

    @Test
    void aPersonInTwoGroupsIsListedInTheFirstOfTheLaw() {
        assertThat(HealthInsuranceGroup.POOR.before(HealthInsuranceGroup.MERITORIOUS))
                .isEqualTo(HealthInsuranceGroup.MERITORIOUS);
        assertThat(HealthInsuranceGroup.MERITORIOUS.before(HealthInsuranceGroup.POOR))
                .isEqualTo(HealthInsuranceGroup.MERITORIOUS);
        assertThat(HealthInsuranceGroup.SOCIAL_ASSISTANCE.before(HealthInsuranceGroup.POOR))
                .isEqualTo(HealthInsuranceGroup.SOCIAL_ASSISTANCE);
        assertThat(HealthInsuranceGroup.POOR.before(null)).isEqualTo(HealthInsuranceGroup.POOR);
    }

    @Test
    void theReasonALeaverLeftComesFromTheEndedBenefitOrTheRecordedDeath() {
        assertThat(InsuranceStopReason.of(Category.DISABLED, EndReason.DEATH, false))
                .isEqualTo(InsuranceStopReason.DEATH);
        assertThat(InsuranceStopReason.of(Category.DISABLED, EndReason.LOSS_OF_ELIGIBILITY, true))
                .as("a recorded death wins over the decision's reason")
                .isEqualTo(InsuranceStopReason.DEATH);
        assertThat(InsuranceStopReason.of(Category.WAR_INVALID, EndReason.MOVED_AWAY, false))
                .isEqualTo(InsuranceStopReason.MOVED_AWAY);
        assertThat(InsuranceStopReason.of(Category.DISABLED, EndReason.LOSS_OF_ELIGIBILITY, false))
                .isEqualTo(InsuranceStopReason.DECISION_ENDED);
        assertThat(InsuranceStopReason.of(Category.ELDERLY_80_NO_PENSION, EndReason.RECLASSIFIED, false))
                .isEqualTo(InsuranceStopReason.RECLASSIFIED);
        assertThat(InsuranceStopReason.of(Category.POOR_HOUSEHOLD_MEMBER, null, false))
                .as("a poor household's period ends without a reason at the review")
                .isEqualTo(InsuranceStopReason.POVERTY_EXIT);
        assertThat(InsuranceStopReason.of(Category.DISABLED, null, false)).isEqualTo(InsuranceStopReason.UNKNOWN);
    }
}
