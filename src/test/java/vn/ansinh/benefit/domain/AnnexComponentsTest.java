package vn.ansinh.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.Category;

class AnnexComponentsTest {

    private static List<String> codes(AnnexComponents.Facts facts) {
        return AnnexComponents.of(facts).stream()
                .map(AnnexComponents.Rule::rowCode)
                .toList();
    }

    @Test
    void aHeroicMotherIsPaidHerAllowanceAndSupplementAndHerCaregiverTheCaregiverAllowance() {
        assertThat(codes(
                        new AnnexComponents.Facts(Category.HEROIC_MOTHER, null, null, null, false, false, null, false)))
                .containsExactly("HEROIC_MOTHER_ALLOWANCE", "HEROIC_MOTHER_SUPPLEMENT");
        List<AnnexComponents.Rule> withCaregiver = AnnexComponents.of(
                new AnnexComponents.Facts(Category.HEROIC_MOTHER, null, null, null, false, false, null, true));
        assertThat(withCaregiver)
                .extracting(AnnexComponents.Rule::rowCode)
                .containsExactly("HEROIC_MOTHER_ALLOWANCE", "HEROIC_MOTHER_SUPPLEMENT", "HEROIC_MOTHER_CAREGIVER");
        assertThat(withCaregiver.get(2).toCaregiver()).isTrue();
    }

    @Test
    void aWarInvalidIsPaidByPercentAndFrom81PercentTheSupplementOrTheSevereOneAndTheCaregiver() {
        assertThat(codes(new AnnexComponents.Facts(Category.WAR_INVALID, 61, null, null, false, false, null, true)))
                .containsExactly("WAR_INVALID");
        assertThat(codes(new AnnexComponents.Facts(Category.WAR_INVALID, 85, null, null, false, false, null, false)))
                .containsExactly("WAR_INVALID", "INVALID_81_PLUS_SUPPLEMENT");
        assertThat(codes(new AnnexComponents.Facts(
                        Category.WAR_INVALID_CLASS_B, 90, null, null, false, true, null, true)))
                .containsExactly(
                        "WAR_INVALID_CLASS_B", "INVALID_81_PLUS_SEVERE_SUPPLEMENT", "INVALID_81_PLUS_SEVERE_CAREGIVER");
        assertThat(codes(new AnnexComponents.Facts(Category.WAR_INVALID, 15, null, null, false, false, null, false)))
                .as("below 21 %: no monthly allowance")
                .isEmpty();
    }

    @Test
    void martyrsRelativesByNumberOfMartyrsSickSoldiersByBandPre1945BySeniority() {
        assertThat(codes(new AnnexComponents.Facts(Category.MARTYR_RELATIVE, null, 4, null, true, false, null, false)))
                .containsExactly("MARTYR_RELATIVE_3_PLUS", "MARTYR_RELATIVE_NURTURE_EXTRA");
        assertThat(codes(new AnnexComponents.Facts(Category.SICK_SOLDIER, 65, null, null, false, false, null, false)))
                .containsExactly("SICK_SOLDIER_61_70");
        AnnexComponents.Facts fullTime =
                new AnnexComponents.Facts(Category.PRE_1945_REVOLUTIONARY, null, null, 7, false, false, null, false);
        List<AnnexComponents.Rule> rules = AnnexComponents.of(fullTime);
        assertThat(rules)
                .extracting(AnnexComponents.Rule::rowCode)
                .containsExactly("PRE1945_FULLTIME", "PRE1945_FULLTIME_SENIORITY_SUPPLEMENT");
        assertThat(AnnexComponents.times(rules.get(1), fullTime)).isEqualTo(7);
        assertThat(codes(new AnnexComponents.Facts(
                        Category.PRE_1945_REVOLUTIONARY, null, null, null, false, false, null, false)))
                .containsExactly("PRE1945_NON_FULLTIME");
    }

    @Test
    void theSqlNamesEveryRuleAndTheCaregiverPayee() {
        String match = AnnexComponents.match("c", "r");
        AnnexComponents.RULES.forEach(rule -> assertThat(match).contains("r.row_code = '" + rule.rowCode() + "'"));
        assertThat(AnnexComponents.payee("c", "r"))
                .contains("THEN c.caregiver_person_id")
                .contains("HEROIC_MOTHER_CAREGIVER");
    }

    @Test
    void thePairsTableHoldsEachCategoryAndRowCodeARulePaysOnceInTheSchemasCollation() {
        String pairs = AnnexComponents.pairs();
        AnnexComponents.RULES.forEach(rule -> rule.categories().forEach(category -> {
            String row = "SELECT _utf8mb4'" + category.name() + "' COLLATE utf8mb4_unicode_ci AS category, _utf8mb4'"
                    + rule.rowCode() + "' COLLATE utf8mb4_unicode_ci AS row_code";
            assertThat(pairs).contains(row);
            assertThat(pairs.indexOf(row)).isEqualTo(pairs.lastIndexOf(row));
        }));
        long distinct = AnnexComponents.RULES.stream()
                .flatMap(rule -> rule.categories().stream().map(category -> category + "/" + rule.rowCode()))
                .distinct()
                .count();
        assertThat(pairs.split(" UNION ALL ")).hasSize((int) distinct);
        assertThat(pairs).startsWith("(SELECT ").endsWith(")");
    }
}
