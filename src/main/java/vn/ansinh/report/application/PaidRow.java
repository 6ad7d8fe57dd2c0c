package vn.ansinh.report.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.ansinh.shared.kernel.Programme;

/**
 * One programme's amounts in the amounts-paid report (đồng): paid in the period in cash and by transfer, the year's
 * plan, and the same period of last year. An amount the system does not have is {@code null} (shown as "—", never
 * 0): no plan entered, no approved payroll in the scope in last year's period (or in this one).
 */
public record PaidRow(Programme programme, Long cash, Long transfer, Long plan, Long lastYear) implements Serializable {

    /** Paid in the period, cash and transfer; null when the period has no approved payroll in the scope. */
    public Long paid() {
        return cash == null && transfer == null ? null : value(cash) + value(transfer);
    }

    /** Paid as a percentage of the year's plan, to one decimal; null without a plan (or a zero one) or payments. */
    public BigDecimal planPercent() {
        return percent(paid(), plan);
    }

    /** Paid as a percentage of the same period last year, to one decimal; null without last year's figure. */
    public BigDecimal lastYearPercent() {
        return percent(paid(), lastYear);
    }

    static BigDecimal percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    PaidRow plus(PaidRow other) {
        return new PaidRow(
                programme,
                sum(cash, other.cash),
                sum(transfer, other.transfer),
                sum(plan, other.plan),
                sum(lastYear, other.lastYear));
    }

    private static Long sum(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Long.valueOf(a + b);
    }

    private static long value(Long amount) {
        return amount == null ? 0 : amount;
    }

    /** Whether this is the report's total line. */
    public boolean isTotal() {
        return programme == null;
    }
}
