package vn.ansinh.report.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.payment.application.payroll.RunSummary;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The amounts paid in a scope and period, set-based (container-free). <b>Paid</b> means: on the lines of an
 * approved (frozen) payroll whose month is in the period — the month the money is paid, arrears included — as the
 * payroll's summary per run, commune, programme and channel holds them ({@link RunSummary}, written when the run was
 * computed; an approved run's lines never change). The scope is the jurisdiction rule on the lines' commune
 * ({@link UnitScope#unit}). The plan is the one entered for the report's unit and year ({@code report_plan}); last
 * year is the same period a year earlier, compared only when the system held the scope's payments for the whole of it
 * (its first approved payroll no later than that period's first month, {@link ReportPeriod#heldWhole}): a period held
 * in part would compare a year with a month. An amount the data does not give is absent (null), never 0.
 */
public final class PaidQuery {

    private static final String SQL = """
            SELECT s.programme, r.pay_month, s.channel, SUM(s.total_amount)
            FROM {SUMMARY} s
            JOIN payroll_run r ON r.id = s.run_id
            WHERE r.status IN ({FROZEN}) AND r.pay_month BETWEEN ?1 AND ?2 AND {SCOPE}
            GROUP BY s.programme, r.pay_month, s.channel
            """.replace("{SUMMARY}", RunSummary.TABLE)
            .replace("{FROZEN}", SqlEnums.list(PayrollStatus.class, PayrollStatus::isFrozen));

    private static final String FIRST_HELD = """
            SELECT MIN(r.pay_month)
            FROM {SUMMARY} s
            JOIN payroll_run r ON r.id = s.run_id
            WHERE r.status IN ({FROZEN}) AND {SCOPE}
            """.replace("{SUMMARY}", RunSummary.TABLE)
            .replace("{FROZEN}", SqlEnums.list(PayrollStatus.class, PayrollStatus::isFrozen));

    private static final int FIRST_SCOPE_PARAMETER = 3;

    private final EntityManager em;

    public PaidQuery(EntityManager em) {
        this.em = em;
    }

    /** The report of the scope, whose plan is the one of {@code unit}. */
    public PaidReport report(UnitScope scope, AdminUnitCode unit, ReportPeriod period, String unitName) {
        List<Object[]> now = paid(scope, period);
        List<Object[]> before = paid(scope, period.sameLastYear());
        Map<Programme, Long> plans = Plans.of(em, unit, period.year());
        Map<Programme, long[]> byProgramme = new EnumMap<>(Programme.class);
        Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
        for (Object[] r : now) {
            int channel = PaymentChannel.valueOf((String) r[2]) == PaymentChannel.CASH ? 0 : 1;
            long amount = ((Number) r[3]).longValue();
            byProgramme.computeIfAbsent(Programme.valueOf((String) r[0]), p -> new long[2])[channel] += amount;
            byMonth.computeIfAbsent(YearMonth.from(((java.sql.Date) r[1]).toLocalDate()), m -> new long[2])[channel] +=
                    amount;
        }
        Map<Programme, Long> lastYear = new EnumMap<>(Programme.class);
        for (Object[] r : before) {
            lastYear.merge(Programme.valueOf((String) r[0]), ((Number) r[3]).longValue(), Long::sum);
        }
        boolean hasPayments = !now.isEmpty();
        boolean hasLastYear = !before.isEmpty() && period.sameLastYear().heldWhole(firstHeldMonth(scope));
        List<PaidRow> rows = new ArrayList<>();
        PaidRow total = new PaidRow(null, null, null, null, null);
        for (Programme programme : Programme.values()) {
            long[] paid = byProgramme.get(programme);
            if (paid == null && !plans.containsKey(programme) && !lastYear.containsKey(programme)) {
                continue;
            }
            PaidRow row = new PaidRow(
                    programme,
                    hasPayments ? (paid == null ? 0L : paid[0]) : null,
                    hasPayments ? (paid == null ? 0L : paid[1]) : null,
                    plans.get(programme),
                    hasLastYear ? lastYear.getOrDefault(programme, 0L) : null);
            rows.add(row);
            total = total.plus(row);
        }
        List<MonthPaid> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            long[] paid = byMonth.get(m);
            months.add(paid == null ? MonthPaid.absent(m) : new MonthPaid(m, paid[0], paid[1]));
        }
        return new PaidReport(
                unitName,
                period,
                rows,
                new PaidRow(null, total.cash(), total.transfer(), total.plan(), total.lastYear()),
                months,
                hasPayments,
                hasLastYear);
    }

    /** The first month an approved payroll paid in the scope: the system holds the scope's payments from then. */
    private YearMonth firstHeldMonth(UnitScope scope) {
        ScopeSql where = ScopeSql.of(scope.unit("s.commune_code"), 1);
        Query query = em.createNativeQuery(FIRST_HELD.replace("{SCOPE}", where.sql()));
        where.bind(query, 1);
        Object first = query.getSingleResult();
        return first == null ? null : YearMonth.from(((Date) first).toLocalDate());
    }

    private List<Object[]> paid(UnitScope scope, ReportPeriod period) {
        ScopeSql where = ScopeSql.of(scope.unit("s.commune_code"), FIRST_SCOPE_PARAMETER);
        Query query = em.createNativeQuery(SQL.replace("{SCOPE}", where.sql()))
                .setParameter(1, Date.valueOf(period.firstMonth().atDay(1)))
                .setParameter(2, Date.valueOf(period.lastMonth().atDay(1)));
        where.bind(query, FIRST_SCOPE_PARAMETER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }
}
