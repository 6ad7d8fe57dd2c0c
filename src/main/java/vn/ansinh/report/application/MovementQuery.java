package vn.ansinh.report.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.report.domain.Headcount;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.report.domain.StopReason;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

/**
 * The beneficiary movement of a scope in a period, in one set-based query over {@code benefit_case} (container-free,
 * so that tests run it on the real database). Who counts in a month is {@link Headcount}:
 * <ul>
 * <li><b>at the start</b>: those who count in the month before the period;</li>
 * <li><b>new</b>: those whose entitled period begins in the period;</li>
 * <li><b>stopped</b>: those whose entitled period ends in the month before the period or in one of its months but
 * the last (they no longer count in the next month), by the stop's reason ({@link StopReason});</li>
 * <li><b>at the end</b>: those who count in the period's last month.</li>
 * </ul>
 * So {@code at the start + new - stopped = at the end}, line by line. The scope is the jurisdiction rule of every
 * read ({@link UnitScope#residence}: the case's commune and province).
 */
public final class MovementQuery {

    private static final String SQL = """
            SELECT c.category,
                   SUM(CASE WHEN {AT_START} THEN 1 ELSE 0 END),
                   SUM(CASE WHEN c.entitled_from BETWEEN ?2 AND ?3 THEN 1 ELSE 0 END),
                   {STOPPED}
                   SUM(CASE WHEN {AT_END} THEN 1 ELSE 0 END)
            FROM benefit_case c
            WHERE {EVER} AND c.entitled_from <= ?3 AND (c.entitled_until IS NULL OR c.entitled_until >= ?1)
              AND {SCOPE}
            GROUP BY c.category
            """.replace("{AT_START}", Headcount.sql("c", "?1"))
            .replace("{AT_END}", Headcount.sql("c", "?3"))
            .replace("{EVER}", Headcount.everCountsSql("c"))
            .replace("{STOPPED}", stoppedColumns());

    private static final int FIRST_SCOPE_PARAMETER = 5;

    private final EntityManager em;

    public MovementQuery(EntityManager em) {
        this.em = em;
    }

    /** One SUM per stop reason: the period ends from the month before the period to the month before its last. */
    private static String stoppedColumns() {
        StringBuilder columns = new StringBuilder();
        for (StopReason reason : StopReason.values()) {
            columns.append("SUM(CASE WHEN c.entitled_until BETWEEN ?1 AND ?4 AND ")
                    .append(reason.sql("c"))
                    .append(" THEN 1 ELSE 0 END),\n");
        }
        return columns.toString();
    }

    /** The report: lines by programme and category (in the enums' order), programme totals and the total. */
    public MovementReport report(UnitScope scope, ReportPeriod period, String unitName) {
        ScopeSql where = ScopeSql.of(scope.residence("c.commune_code", "c.province_code"), FIRST_SCOPE_PARAMETER);
        Query query = em.createNativeQuery(SQL.replace("{SCOPE}", where.sql()))
                .setParameter(1, Date.valueOf(period.monthBefore().atDay(1)))
                .setParameter(2, Date.valueOf(period.firstMonth().atDay(1)))
                .setParameter(3, Date.valueOf(period.lastMonth().atDay(1)))
                .setParameter(4, Date.valueOf(period.lastMonth().minusMonths(1).atDay(1)));
        where.bind(query, FIRST_SCOPE_PARAMETER);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Map<Category, MovementRow> byCategory = new EnumMap<>(Category.class);
        for (Object[] r : found) {
            Category category = Category.valueOf((String) r[0]);
            Map<StopReason, Long> stopped = new EnumMap<>(StopReason.class);
            StopReason[] reasons = StopReason.values();
            for (int i = 0; i < reasons.length; i++) {
                stopped.put(reasons[i], number(r[3 + i]));
            }
            MovementRow row = new MovementRow(
                    category.programme(), category, number(r[1]), number(r[2]), stopped, number(r[3 + reasons.length]));
            byCategory.merge(category, row, MovementRow::plus);
        }
        List<MovementRow> rows = new ArrayList<>();
        MovementRow total = MovementRow.empty(null);
        for (Programme programme : Programme.values()) {
            MovementRow subtotal = MovementRow.empty(programme);
            boolean any = false;
            for (Category category : programme.categories()) {
                MovementRow row = byCategory.get(category);
                if (row != null) {
                    rows.add(row);
                    subtotal = subtotal.plus(row);
                    any = true;
                }
            }
            if (any) {
                rows.add(subtotal);
                total = total.plus(subtotal);
            }
        }
        return new MovementReport(unitName, period, rows, total);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
