package vn.ansinh.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/** What each list rule means: which categories it lists, whether it moves or adjusts, who signs, its wording. */
class ListRuleTest {

    @Test
    void aMoveListsOneCategoryAndPutsItsPeopleInTheNewSchemeWhoseAuthoritySigns() {
        ListRule rule = ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION;

        assertThat(rule.keepsCase()).isFalse();
        assertThat(rule.categories()).containsExactly(Category.ELDERLY_80_NO_PENSION);
        assertThat(rule.categoryAfter(Category.ELDERLY_80_NO_PENSION)).isEqualTo(Category.SOCIAL_PENSION_75_NO_PENSION);
        assertThat(rule.programme()).isEqualTo(Programme.SOCIAL_PENSION);
    }

    @Test
    void theBandsOf335KeepEachPoorElderlyPersonInTheirCategory() {
        ListRule rule = ListRule.ELDERLY_POOR_ALONE_BANDS_335;

        assertThat(rule.keepsCase()).isTrue();
        assertThat(rule.categories()).containsExactly(Category.ELDERLY_POOR_ALONE);
        assertThat(rule.categoryAfter(Category.ELDERLY_POOR_ALONE)).isEqualTo(Category.ELDERLY_POOR_ALONE);
        assertThat(rule.programme()).isEqualTo(Programme.SOCIAL_ASSISTANCE);
        assertThat(rule.legalBasis()).contains("335/2026/NĐ-CP");
    }

    @Test
    void theNewStandardLevelListsEveryMonthlySocialAssistanceCategoryAndNothingElse() {
        ListRule rule = ListRule.SOCIAL_ASSISTANCE_LEVEL_335;

        assertThat(rule.keepsCase()).isTrue();
        assertThat(rule.categories())
                .contains(Category.DISABLED, Category.ELDERLY_POOR_ALONE, Category.CHILD_WITHOUT_SUPPORT)
                .allSatisfy(c -> assertThat(c.programme()).isEqualTo(Programme.SOCIAL_ASSISTANCE))
                .doesNotContain(Category.FUNERAL_SOCIAL_ASSISTANCE, Category.SOCIAL_PENSION_75_NO_PENSION);
        assertThat(rule.categoryAfter(Category.DISABLED)).isEqualTo(Category.DISABLED);
        assertThat(rule.legalBasis()).contains("Điều 4 khoản 2");
    }

    @Test
    void everyRuleHasItsLabelInVietnameseAndEnglish() throws Exception {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (ListRule rule : ListRule.values()) {
                assertThat(labels.getProperty(rule.labelKey()))
                        .as(bundle + " " + rule)
                        .isNotBlank();
            }
        }
    }
}
