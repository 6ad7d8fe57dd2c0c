package vn.ansinh.payment.channel.application;

import java.time.YearMonth;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.kernel.Category;

/** Payment lines for the tests, with real Vietnamese names and personal IDs that begin with 0. */
final class Lines {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    private Lines() {}

    static PaymentLine cash(long id, String name, String personalId, long amount) {
        return new PaymentLine(
                id,
                1000 + id,
                name,
                1948,
                personalId,
                "Bản Co Cượm",
                "03253",
                Category.ELDERLY_80_NO_PENSION,
                MARCH,
                LineKind.MONTHLY,
                amount,
                null,
                null,
                PaymentStatus.PENDING);
    }

    static PaymentLine arrears(long id, long personId, String name, long amount) {
        return new PaymentLine(
                id,
                personId,
                name,
                1975,
                "011075000099",
                "Bản Huổi Lốt",
                "03253",
                Category.DISABLED,
                YearMonth.of(2026, 1),
                LineKind.ARREARS,
                amount,
                null,
                null,
                PaymentStatus.PENDING);
    }

    static PaymentLine transfer(long id, String name, String account, long amount) {
        return new PaymentLine(
                id,
                2000 + id,
                name,
                1952,
                "011152000321",
                "Bản Co Sản",
                "03253",
                Category.DISABLED,
                MARCH,
                LineKind.MONTHLY,
                amount,
                "VBSP",
                account,
                PaymentStatus.EXPORTED);
    }
}
