// Long because the search is one SQL condition built from many optional filters, and its three reads (a page,
// the count and total, the people paid into an account) and the export's chunks must all share that condition.
package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.registry.application.UnitScope;

/**
 * The auditors' payment search: the payroll lines matching {@link PaymentCriteria}, only those whose commune lies
 * in the reader's jurisdiction (the {@link UnitScope} condition on the line's commune and province), newest month
 * first, paged in SQL. A name matches when every word typed is a whole word of the person's folded name, in any
 * order ("hung lo van" finds "Lò Văn Hùng"). The month range is the month the money is for. Read only; the caller
 * has checked {@link PaymentCriteria#problems()}.
 */
@ApplicationScoped
public class PaymentSearch {

    /** An export stops being useful (and Excel's sheet ends) past this many rows. */
    public static final int EXPORT_LIMIT = 1_000_000;

    /** The people paid into one account: at most this many are listed. */
    static final int ACCOUNT_PEOPLE = 200;

    private static final int CHUNK = 5_000;

    private static final String FROM = " FROM payroll_line l JOIN person p ON p.id = l.person_id"
            + " JOIN payroll_run r ON r.id = l.run_id LEFT JOIN decision d ON d.id = l.decision_id";

    private static final String COLUMNS = "SELECT l.id, p.id, p.full_name, p.personal_id, l.commune_code, l.for_month,"
            + " l.component, an.description_vi, l.kind, l.amount, l.channel, l.bank_code, l.account_no, l.payment_status,"
            + " d.id, d.number, r.id, r.unit_code, r.pay_month"
            + FROM + " LEFT JOIN annex_rate an ON an.id = l.annex_rate_id";

    private static final String ORDER = " ORDER BY l.for_month DESC, l.id DESC";

    @PersistenceContext
    private EntityManager em;

    /** For the container. */
    public PaymentSearch() {}

    /** Outside the container (the tests), on an entity manager of the caller's. */
    public PaymentSearch(EntityManager em) {
        this.em = em;
    }

    /** One payment line found: who, where, for which month, what, how much, how paid, on which decision and run. */
    public record Row(
            long lineId,
            long personId,
            String personName,
            String personalId,
            String communeCode,
            YearMonth forMonth,
            String component,
            String annexDescription,
            LineKind kind,
            long amount,
            PaymentChannel channel,
            String bankCode,
            String accountNo,
            PaymentStatus status,
            Long decisionId,
            String decisionNumber,
            long runId,
            String runUnit,
            YearMonth runMonth)
            implements Serializable {

        /** Priced from an annex row (a meritorious person's component), not the monthly allowance. */
        public boolean annex() {
            return annexDescription != null;
        }
    }

    /** How many lines match and what they add up to. */
    public record Totals(long count, long amount) implements Serializable {

        /** Too many to export ({@link #EXPORT_LIMIT}). */
        public boolean tooManyToExport() {
            return count > EXPORT_LIMIT;
        }
    }

    /** Someone paid into the account searched: the payee (a caregiver, or the beneficiary), their household. */
    public record Payee(long personId, String name, String personalId, String householdCode, long lines, long amount)
            implements Serializable {}

    public List<Row> page(PaymentCriteria criteria, UnitScope scope, int first, int size) {
        Where where = Where.of(criteria, scope);
        Query query = em.createNativeQuery(COLUMNS + where.sql + ORDER);
        where.bind(query);
        return rows(query.setFirstResult(first).setMaxResults(size));
    }

    public Totals totals(PaymentCriteria criteria, UnitScope scope) {
        Where where = Where.of(criteria, scope);
        Query query = em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(l.amount), 0)" + FROM + where.sql);
        where.bind(query);
        Object[] row = (Object[]) query.getSingleResult();
        return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The people the matching lines were paid to (the caregiver on a caregiver's line), with their household,
     * how many lines and how much: for a search by bank account, everyone paid into it. By name.
     */
    public List<Payee> payees(PaymentCriteria criteria, UnitScope scope) {
        Where where = Where.of(criteria, scope);
        Query query = em.createNativeQuery("SELECT payee.id, payee.full_name, payee.personal_id, h.code, COUNT(*),"
                + " SUM(l.amount)" + FROM
                + " JOIN person payee ON payee.id = COALESCE(l.payee_person_id, l.person_id)"
                + " LEFT JOIN household_member hm ON hm.person_id = payee.id"
                + " LEFT JOIN household h ON h.id = hm.household_id" + where.sql
                + " GROUP BY payee.id, payee.full_name, payee.personal_id, h.code"
                + " ORDER BY payee.name_folded, payee.id");
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(ACCOUNT_PEOPLE).getResultList();
        return rows.stream()
                .map(r -> new Payee(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    /**
     * Every matching line, in the page's order, handed to {@code each} a chunk at a time (read by the position of
     * the last row, so a million lines never sit in memory nor cost an ever longer offset).
     */
    public void forEach(PaymentCriteria criteria, UnitScope scope, Consumer<Row> each) {
        Where where = Where.of(criteria, scope);
        Row last = null;
        while (true) {
            String after = last == null ? "" : " AND (l.for_month < ? OR (l.for_month = ? AND l.id < ?))";
            Query query = em.createNativeQuery(COLUMNS + where.sql + after + ORDER);
            int next = where.bind(query);
            if (last != null) {
                java.sql.Date month = java.sql.Date.valueOf(last.forMonth().atDay(1));
                query.setParameter(next++, month);
                query.setParameter(next++, month);
                query.setParameter(next, last.lineId());
            }
            List<Row> chunk = rows(query.setMaxResults(CHUNK));
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            last = chunk.get(chunk.size() - 1);
        }
    }

    /** The SQL condition of the criteria in the scope, with its positional parameters. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(PaymentCriteria c, UnitScope scope) {
            UnitScope.Condition within = scope.residence("l.commune_code", "l.province_code");
            StringBuilder sql = new StringBuilder(" WHERE ").append(within.sql());
            List<Object> parameters = new ArrayList<>(within.parameters());
            if (c.personalId() != null) {
                sql.append(" AND p.personal_id = ?");
                parameters.add(c.personalId());
            }
            for (String word : c.nameWords()) {
                sql.append(" AND CONCAT(' ', p.name_folded, ' ') LIKE ?");
                parameters.add("% " + escapeLike(word) + " %");
            }
            if (c.decisionNumber() != null) {
                sql.append(" AND d.number = ?");
                parameters.add(c.decisionNumber());
            }
            equal(sql, parameters, "l.decision_id", c.decisionId());
            equal(sql, parameters, "l.standard_level_id", c.levelId());
            equal(sql, parameters, "l.coefficient_id", c.coefficientId());
            equal(sql, parameters, "l.annex_rate_id", c.annexId());
            if (c.account() != null) {
                sql.append(" AND l.account_no = ?");
                parameters.add(c.account());
            }
            if (c.personId() != null) {
                sql.append(" AND (l.person_id = ? OR l.payee_person_id = ?)");
                parameters.add(c.personId());
                parameters.add(c.personId());
            }
            if (c.from() != null) {
                sql.append(" AND l.for_month >= ?");
                parameters.add(java.sql.Date.valueOf(c.from().atDay(1)));
            }
            if (c.to() != null) {
                sql.append(" AND l.for_month <= ?");
                parameters.add(java.sql.Date.valueOf(c.to().atDay(1)));
            }
            if (c.minAmount() != null) {
                sql.append(" AND l.amount >= ?");
                parameters.add(c.minAmount());
            }
            if (c.maxAmount() != null) {
                sql.append(" AND l.amount <= ?");
                parameters.add(c.maxAmount());
            }
            return new Where(sql.toString(), List.copyOf(parameters));
        }

        /** Binds the parameters from position 1; returns the next free position. */
        int bind(Query query) {
            int position = 1;
            for (Object value : parameters) {
                query.setParameter(position++, value);
            }
            return position;
        }

        private static void equal(StringBuilder sql, List<Object> parameters, String column, Long value) {
            if (value != null) {
                sql.append(" AND ").append(column).append(" = ?");
                parameters.add(value);
            }
        }

        private static String escapeLike(String word) {
            return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    private static List<Row> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        month(r[5]),
                        (String) r[6],
                        (String) r[7],
                        LineKind.valueOf((String) r[8]),
                        ((Number) r[9]).longValue(),
                        PaymentChannel.valueOf((String) r[10]),
                        (String) r[11],
                        (String) r[12],
                        PaymentStatus.valueOf((String) r[13]),
                        r[14] == null ? null : ((Number) r[14]).longValue(),
                        (String) r[15],
                        ((Number) r[16]).longValue(),
                        (String) r[17],
                        month(r[18])))
                .toList();
    }

    private static YearMonth month(Object value) {
        if (value == null) {
            return null;
        }
        LocalDate day = value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
        return YearMonth.from(day);
    }
}
