package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The difference lines (truy lĩnh phần chênh lệch) of a payroll or of a person, as an auditor traces
 * them: the line corrected, what had been paid for the month and at which rates, what is due now and at
 * which rates, and the difference paid. Read only.
 */
@ApplicationScoped
public class DifferenceLines {

    private static final int MAX = 500;

    /** The previous line of the same case, month and component: the one whose rates this line replaces. */
    private static final String SELECT =
            "SELECT l.id, p.id, p.full_name, l.for_month, l.correction, l.corrects_line_id,"
                    + " l.paid_before, l.due_amount, l.amount, prev.standard_level, prev.coefficient, l.standard_level, l.coefficient,"
                    + " s.legal_basis"
                    + " FROM payroll_line l JOIN person p ON p.id = l.person_id"
                    + " LEFT JOIN standard_level s ON s.id = l.standard_level_id"
                    + " LEFT JOIN payroll_line prev ON prev.case_id = l.case_id AND prev.for_month = l.for_month"
                    + " AND prev.component = l.component AND prev.correction = (SELECT MAX(x.correction) FROM payroll_line x"
                    + " WHERE x.case_id = l.case_id AND x.for_month = l.for_month AND x.component = l.component AND x.correction < l.correction)"
                    + " WHERE l.kind = " + SqlEnums.literal(LineKind.DIFFERENCE) + "";

    @PersistenceContext
    private EntityManager em;

    /** For the container. */
    public DifferenceLines() {}

    /** Outside the container (the tests), on an entity manager of the caller's. */
    public DifferenceLines(EntityManager em) {
        this.em = em;
    }

    /** One difference: paid {@code paidBefore}, now due {@code due}, difference {@code amount}; old and new rates. */
    public record Line(
            long lineId,
            long personId,
            String personName,
            YearMonth forMonth,
            int correction,
            long correctsLineId,
            long paidBefore,
            long due,
            long amount,
            Long oldLevel,
            BigDecimal oldCoefficient,
            Long newLevel,
            BigDecimal newCoefficient,
            String newBasis)
            implements Serializable {}

    public List<Line> ofRun(long runId) {
        return read(SELECT + " AND l.run_id = ? ORDER BY p.name_folded, l.for_month, l.id", runId);
    }

    public List<Line> ofPerson(long personId) {
        return read(SELECT + " AND l.person_id = ? ORDER BY l.for_month DESC, l.correction DESC", personId);
    }

    private List<Line> read(String sql, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql).setParameter(1, id).setMaxResults(MAX).getResultList();
        return rows.stream()
                .map(r -> new Line(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        YearMonth.from(r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3]),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).longValue(),
                        number(r[6]),
                        number(r[7]),
                        ((Number) r[8]).longValue(),
                        r[9] == null ? null : ((Number) r[9]).longValue(),
                        (BigDecimal) r[10],
                        r[11] == null ? null : ((Number) r[11]).longValue(),
                        (BigDecimal) r[12],
                        (String) r[13]))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
