package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/** A case's meritorious-person facts as the dossier's fields hold them, and back. */
class MeritFactsTest {

    @Test
    void aWarInvalidsFactsReadBackAsTheDossierWroteThem() {
        Map<ProgrammeField, String> typed = Map.of(
                ProgrammeField.IMPAIRMENT_PERCENT, "81",
                ProgrammeField.SEVERE_WOUNDS, "YES",
                ProgrammeField.CAREGIVER_PERSON_ID, "42");

        MeritFacts facts = MeritFacts.of(typed);

        assertThat(facts.values(Category.WAR_INVALID)).isEqualTo(typed);
        assertThat(MeritFacts.of(facts.values(Category.WAR_INVALID))).isEqualTo(facts);
        assertThat(MeritFacts.fieldsOf(Category.WAR_INVALID))
                .containsExactly(
                        ProgrammeField.IMPAIRMENT_PERCENT,
                        ProgrammeField.SEVERE_WOUNDS,
                        ProgrammeField.CAREGIVER_PERSON_ID);
    }

    @Test
    void aMartyrsRelativeHasTheCountAndLivingAloneButNoneOfTheDossiersOtherFields() {
        MeritFacts facts = MeritFacts.of(Map.of(
                ProgrammeField.MARTYR_COUNT, "2",
                ProgrammeField.LIVES_ALONE, "NO",
                ProgrammeField.MERITORIOUS_PERSON_NAME, "Lò Văn Liệt"));

        assertThat(facts.values(Category.MARTYR_RELATIVE))
                .containsExactly(
                        Map.entry(ProgrammeField.MARTYR_COUNT, "2"), Map.entry(ProgrammeField.LIVES_ALONE, "NO"));
        assertThat(MeritFacts.fieldsOf(Category.DISABLED))
                .as("social assistance has none")
                .isEmpty();
    }

    @Test
    void factsDifferWhenOneFactDiffers() {
        MeritFacts before = MeritFacts.of(Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "61"));
        MeritFacts after = MeritFacts.of(Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "81"));

        assertThat(after).isNotEqualTo(before);
        assertThat(MeritFacts.of(Map.of(ProgrammeField.IMPAIRMENT_PERCENT, "61")))
                .isEqualTo(before)
                .hasSameHashCodeAs(before);
    }
}
