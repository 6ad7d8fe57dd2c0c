package vn.ansinh.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.kernel.Category;

/** The one WHERE clause of a run's lines: what each part of the filter adds, and what a typed text becomes. */
class PayrollLinesTest {

    @Test
    void noFilterSelectsTheWholeRun() {
        List<Object> parameters = new ArrayList<>();
        assertThat(PayrollLines.where(7, PayrollLines.Filter.NONE, parameters)).isEqualTo(" WHERE l.run_id = ?");
        assertThat(parameters).containsExactly(7L);
    }

    @Test
    void eachChosenPartNarrowsTheRunByItsColumn() {
        List<Object> parameters = new ArrayList<>();
        String where = PayrollLines.where(
                7,
                new PayrollLines.Filter(
                        "03253", Category.DISABLED, LineKind.DIFFERENCE, PaymentChannel.CASH, PaymentStatus.HELD, "  "),
                parameters);
        assertThat(where)
                .isEqualTo(" WHERE l.run_id = ? AND l.commune_code = ? AND l.category = ? AND l.kind = ?"
                        + " AND l.channel = ? AND l.payment_status = ?");
        assertThat(parameters).containsExactly(7L, "03253", "DISABLED", "DIFFERENCE", "CASH", "HELD");
    }

    @Test
    void twelveDigitsAreAPersonalIdOfTheBeneficiaryOrThePayee() {
        List<Object> parameters = new ArrayList<>();
        String where = PayrollLines.where(
                7, new PayrollLines.Filter(null, null, null, null, null, " 0112 0500 0123 "), parameters);
        assertThat(where).endsWith(" AND (p.personal_id = ? OR payee.personal_id = ?)");
        assertThat(parameters).containsExactly(7L, "011205000123", "011205000123");
    }

    @Test
    void aNameIsFoldedAndEachWordMustBeginAWordOfTheNameInAnyOrder() {
        List<Object> parameters = new ArrayList<>();
        String where = PayrollLines.where(
                7, new PayrollLines.Filter(null, null, null, null, null, "Hùng  Lò VĂN"), parameters);
        assertThat(where)
                .contains("(CONCAT(' ', p.name_folded) LIKE ? AND CONCAT(' ', p.name_folded) LIKE ?"
                        + " AND CONCAT(' ', p.name_folded) LIKE ?)")
                .contains(" OR (CONCAT(' ', payee.name_folded) LIKE ?");
        assertThat(parameters).containsExactly(7L, "% hung%", "% lo%", "% van%", "% hung%", "% lo%", "% van%");
    }

    @Test
    void wildcardsTypedInANameAreTakenLiterally() {
        List<Object> parameters = new ArrayList<>();
        PayrollLines.where(7, new PayrollLines.Filter(null, null, null, null, null, "a%_"), parameters);
        assertThat(parameters).contains("% a\\%\\_%");
    }
}
