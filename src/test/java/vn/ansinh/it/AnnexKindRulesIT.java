package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.domain.AnnexKind;

/** The annex kinds the monthly payroll pays are the same in Java and in the arrears SQL, on the real database. */
class AnnexKindRulesIT {

    @Test
    void theMonthlyPayrollPaysTheSameAnnexKindsInJavaAndSql() {
        assertThat(StatusSetParity.sql(AnnexKind.class, "s.status IN (" + AnnexKind.sqlMonthly() + ")"))
                .isEqualTo(StatusSetParity.java(AnnexKind.class, AnnexKind::monthly))
                .containsExactlyInAnyOrder(AnnexKind.ALLOWANCE, AnnexKind.SUPPLEMENT, AnnexKind.CAREGIVER);
    }
}
