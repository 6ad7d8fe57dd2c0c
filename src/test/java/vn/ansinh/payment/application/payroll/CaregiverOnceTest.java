package vn.ansinh.payment.application.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.Category;

/** Which allowances can reach a caregiver two ways is read from the annex rules, not retyped. */
class CaregiverOnceTest {

    @Test
    void theHeroicMothersCaregiverAllowanceIsTheOnePaidEitherLinkedOrOwn() {
        assertThat(CaregiverOnce.PAIRS)
                .containsExactly(new CaregiverOnce.Pair(
                        "HEROIC_MOTHER_CAREGIVER",
                        Set.of(Category.HEROIC_MOTHER_CAREGIVER),
                        Set.of(Category.HEROIC_MOTHER)));
        String sql = CaregiverOnce.sql("c", "r", "cm.month_start");
        assertThat(sql)
                .startsWith("(NOT (r.row_code = 'HEROIC_MOTHER_CAREGIVER'")
                .contains("cg.caregiver_person_id = c.person_id AND cg.category IN ('HEROIC_MOTHER')")
                .contains("cl.person_id = c.caregiver_person_id AND cl.for_month = cm.month_start")
                .contains("co.category IN ('HEROIC_MOTHER_CAREGIVER')");
    }
}
