package vn.ansinh.payment.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The one rule for which months are closed, in Java and as SQL: <b>a month is closed for a commune when
 * an {@link PayrollStatus#APPROVED approved} payroll of that month covers the commune — a payroll of the
 * commune itself, of its province, or of the whole country</b>. Months are closed per unit: an approved
 * payroll in one province closes nothing in another.
 *
 * <p>A closed month's payroll is frozen as paid. A rate may still start in it (decrees arrive after the
 * month they apply from); the next payroll of the unit pays the difference (truy lĩnh phần chênh lệch) for
 * each closed month, see {@code payment.application.payroll.DifferenceSql}.
 *
 * <p>Use {@link #condition} in a WHERE clause, e.g.
 * {@code … AND <ClosedMonths.condition("l.commune_code", "l.province_code", "l.for_month")>}.
 */
public final class ClosedMonths {

    /** A payroll run as the rule reads it. */
    public record Run(String unitCode, YearMonth month, PayrollStatus status) {}

    private static final Pattern OPERAND = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?"
            + "|\\?\\d{0,3}|:[A-Za-z_][A-Za-z0-9_]*|DATE '\\d{4}-\\d{2}-01'|'\\d{2,5}'");

    private static final String TEMPLATE = "EXISTS (SELECT 1 FROM payroll_run cm_r WHERE cm_r.status = '"
            + PayrollStatus.APPROVED + "' AND cm_r.pay_month = {M} AND cm_r.unit_code IN ({C}, {P}, '"
            + AdminUnitCode.NATIONAL.value() + "'))";

    private ClosedMonths() {}

    /** Whether a payroll of {@code runUnit} covers the commune (of the province). */
    public static boolean covers(String runUnit, String commune, String province) {
        return runUnit.equals(commune) || runUnit.equals(province) || runUnit.equals(AdminUnitCode.NATIONAL.value());
    }

    /** The rule in Java, over the payroll runs there are. */
    public static boolean closed(String commune, String province, YearMonth month, Collection<Run> runs) {
        return runs.stream()
                .anyMatch(r -> r.status() == PayrollStatus.APPROVED
                        && r.month().equals(month)
                        && covers(r.unitCode(), commune, province));
    }

    /**
     * The rule as an SQL condition.
     *
     * @param commune the commune's code: a column ({@code l.commune_code}), a parameter or a quoted code
     * @param province the commune's province code, likewise
     * @param month the month's first day: a column, a parameter or a literal from {@link #month(YearMonth)}
     */
    public static String condition(String commune, String province, String month) {
        for (String operand : new String[] {commune, province, month}) {
            if (operand == null || !OPERAND.matcher(operand).matches()) {
                throw new IllegalArgumentException("not a column, parameter or literal: " + operand);
            }
        }
        return TEMPLATE.replace("{C}", commune).replace("{P}", province).replace("{M}", month);
    }

    /** The SQL literal of a month's first day, e.g. {@code DATE '2026-04-01'}. */
    public static String month(YearMonth month) {
        return "DATE '" + month.atDay(1) + "'";
    }
}
