package vn.ansinh.report.application;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * What the approved payrolls of a month paid in the scope, in cash and by transfer (đồng); both absent ({@code null},
 * shown "—") for a month without an approved payroll in the scope, e.g. before the system's first payroll.
 */
public record MonthPaid(YearMonth month, Long cash, Long transfer) implements Serializable {

    /** A month without an approved payroll in the scope. */
    static MonthPaid absent(YearMonth month) {
        return new MonthPaid(month, null, null);
    }

    public Long total() {
        return cash == null && transfer == null ? null : (cash == null ? 0 : cash) + (transfer == null ? 0 : transfer);
    }

    /** Whether an approved payroll of the month paid in the scope. */
    public boolean paid() {
        return total() != null;
    }
}
