package vn.ansinh.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ansinh.report.domain.PeriodKind;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;

class ApiParamsTest {

    @Test
    void aMissingUnitIsTheCallersOwnAndABadOneIsRefusedWithItsKey() {
        AdminUnitCode own = AdminUnitCode.of("03253");
        assertThat(ApiParams.unit(null, own)).isEqualTo(own);
        assertThat(ApiParams.unit(" 17035 ", own)).isEqualTo(AdminUnitCode.of("17035"));
        assertThat(ApiParams.unit("VN", own).isNational()).isTrue();
        assertThatThrownBy(() -> ApiParams.unit("1234", own)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status).isEqualTo(422);
            assertThat(e.messageKey).isEqualTo("api.error.unit");
        });
    }

    @Test
    void aMonthIsWrittenYearDashMonthOnly() {
        assertThat(ApiParams.month("2026-11")).isEqualTo(YearMonth.of(2026, 11));
        assertThat(ApiParams.month("")).isNull();
        for (String bad : new String[] {"11/2026", "2026-13", "2026-1", "2026-11-01"}) {
            assertThatThrownBy(() -> ApiParams.month(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.messageKey).isEqualTo("api.error.month"));
        }
    }

    @Test
    void aPeriodIsThePagesCodeOrAMonth() {
        assertThat(ApiParams.period("2026-03")).isEqualTo(ReportPeriod.month(YearMonth.of(2026, 3)));
        assertThat(ApiParams.period("2026-M03")).isEqualTo(ReportPeriod.month(YearMonth.of(2026, 3)));
        assertThat(ApiParams.period("2026-Q1").kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(ApiParams.period("2025-Y")).isEqualTo(ReportPeriod.year(2025));
        assertThatThrownBy(() -> ApiParams.period("2026-Q5"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.period"));
        assertThatThrownBy(() -> ApiParams.period(null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.messageKey).isEqualTo("report.error.period"));
    }

    @Test
    void pagingStaysWithinItsBoundsAndTheFirstRowWithinAnInt() {
        ApiParams.requirePaging(0, ApiParams.MAX_SIZE);
        assertThatThrownBy(() -> ApiParams.requirePaging(0, ApiParams.MAX_SIZE + 1))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ApiParams.requirePaging(-1, 10)).isInstanceOf(ApiException.class);
        assertThat(ApiParams.first(3, 100)).isEqualTo(300);
        assertThatThrownBy(() -> ApiParams.first(Integer.MAX_VALUE, 100)).isInstanceOf(ApiException.class);
    }

    @Test
    void onlyReadsOfAPersonsFileHistoryOrDecisionAreAccessLogged() {
        assertThat(ApiReads.kindOf("/persons/12")).isEqualTo(AccessKind.PERSON_FILE);
        assertThat(ApiReads.kindOf("persons/12/cases")).isEqualTo(AccessKind.PERSON_FILE);
        assertThat(ApiReads.kindOf("/persons/12/payments")).isEqualTo(AccessKind.PAYMENT_HISTORY);
        assertThat(ApiReads.kindOf("/decisions/4/pdf")).isEqualTo(AccessKind.DECISION);
        assertThat(ApiReads.kindOf("/persons/12/account")).isNull();
        assertThat(ApiReads.kindOf("/payroll-runs/7/lines")).isNull();
        assertThat(ApiReads.kindOf("/reports/movement")).isNull();
    }
}
