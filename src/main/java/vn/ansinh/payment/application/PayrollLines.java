package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.ansinh.payment.application.payroll.RunSummary;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * The lines of one payroll as its approver and an auditor read them, paged in SQL and filtered by commune,
 * category, kind, channel, payment status and a personal ID or a name; with the count and the total of the
 * filter. The filter's SQL is built in one place ({@link #where}) and used by the page, the count and the
 * totals, so the totals always add up the rows shown, and with no filter they are the run's own totals.
 * Read only; the caller has checked that the run is inside the user's jurisdiction.
 *
 * <p>A text of twelve digits is a personal ID; any other text is a name, typed with or without
 * diacritics and in any word order: each of its words must begin a word of the beneficiary's name (or of
 * the payee's, for a line paid to a caregiver), so "hung lo van" finds "Lò Văn Hùng".
 */
@ApplicationScoped
public class PayrollLines {

    private static final String FROM = " FROM payroll_line l JOIN person p ON p.id = l.person_id"
            + " LEFT JOIN person payee ON payee.id = l.payee_person_id";

    private static final String ORDER =
            " ORDER BY l.commune_code, p.name_folded, l.person_id, l.for_month, l.component, l.correction, l.id";

    /** The columns of a line, read by {@link #line}. */
    private static final String SELECT = "SELECT l.id, p.id, p.full_name, p.personal_id,"
            + " CASE WHEN l.payee_person_id IS NOT NULL AND l.payee_person_id <> l.person_id THEN payee.full_name END,"
            + " l.commune_code, l.category, l.component, an.kind, l.kind, l.for_month, l.correction, l.amount,"
            + " l.channel, l.payment_status";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminUnitDirectory units;

    private AdminUnitTree tree;

    /** For the container. */
    public PayrollLines() {}

    /** Outside the container (the tests), on an entity manager and a unit tree of the caller's. */
    public PayrollLines(EntityManager em, AdminUnitTree tree) {
        this.em = em;
        this.tree = tree;
    }

    /** What to show; every part is optional (null or blank: not filtered). */
    public record Filter(
            String communeCode,
            Category category,
            LineKind kind,
            PaymentChannel channel,
            PaymentStatus status,
            String text)
            implements Serializable {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /** One line: who is paid (and who receives the money when it is a caregiver), where, what for, how much, how. */
    public record Line(
            long lineId,
            long personId,
            String personName,
            String personalId,
            String payeeName,
            String communeCode,
            String communeName,
            Category category,
            String component,
            String annexKind,
            LineKind kind,
            YearMonth forMonth,
            int correction,
            long amount,
            PaymentChannel channel,
            PaymentStatus status)
            implements Serializable {

        /** The kind of legal component: the annex row's kind, or the allowance of a level × coefficient line. */
        public String componentLabelKey() {
            return "rate.annex.kind." + (annexKind == null ? "ALLOWANCE" : annexKind);
        }
    }

    /** How many lines the filter selects and their sum in đồng. */
    public record Totals(long count, long amount) implements Serializable {}

    /** A commune that has lines in the run: its code (the filter's value) and its name (what the user picks). */
    public record Commune(String code, String name) implements Serializable {}

    /** The communes with lines in the run, by name. */
    public List<Commune> communes(long runId) {
        @SuppressWarnings("unchecked")
        List<Object> codes = em.createNativeQuery(
                        "SELECT DISTINCT commune_code FROM " + source(runId) + " WHERE run_id = ?")
                .setParameter(1, runId)
                .getResultList();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return codes.stream()
                .map(code -> new Commune((String) code, nameOf((String) code)))
                .sorted(Comparator.comparing(Commune::name, collator).thenComparing(Commune::code))
                .toList();
    }

    /** The categories with lines in the run, in their declared order. */
    public List<Category> categories(long runId) {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery(
                        "SELECT DISTINCT category FROM " + source(runId) + " WHERE run_id = ?")
                .setParameter(1, runId)
                .getResultList();
        return names.stream()
                .map(name -> Category.valueOf((String) name))
                .sorted()
                .toList();
    }

    /** A page of the filter's lines, from {@code first} (0-based), ordered by commune, name, month, component, correction. */
    public List<Line> page(long runId, Filter filter, int first, int size) {
        if (blank(filter.communeCode()) && filter.status() == null && blank(filter.text()) && standing(runId)) {
            return pageByCommune(runId, filter, Math.max(0, first), Math.max(1, size));
        }
        List<Object> parameters = new ArrayList<>();
        String sql = SELECT
                + FROM + " LEFT JOIN annex_rate an ON an.id = l.annex_rate_id"
                + where(runId, filter, parameters) + ORDER;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), parameters)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
        return rows.stream().map(this::line).toList();
    }

    /** A row of {@link #SELECT} as a line. */
    private Line line(Object[] r) {
        return new Line(
                ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                nameOf((String) r[5]),
                Category.valueOf((String) r[6]),
                (String) r[7],
                (String) r[8],
                LineKind.valueOf((String) r[9]),
                YearMonth.from(r[10] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[10]),
                ((Number) r[11]).intValue(),
                ((Number) r[12]).longValue(),
                PaymentChannel.valueOf((String) r[13]),
                PaymentStatus.valueOf((String) r[14]));
    }

    /**
     * A page of all the run's lines in the order of the run's index ({@code idx_line_run}: channel, then line id), for
     * a system reading the whole payroll page by page: the page's ids are found in the index alone, so a page deep in
     * a run of 100,000 lines costs an index range scan and {@code size} row reads, never a sort of the run.
     */
    public List<Line> inRunOrder(long runId, int first, int size) {
        String sql = SELECT
                + " FROM (SELECT id FROM payroll_line WHERE run_id = ? ORDER BY channel, id LIMIT "
                + Math.max(1, size) + " OFFSET " + Math.max(0, first) + ") k"
                + " JOIN payroll_line l ON l.id = k.id JOIN person p ON p.id = l.person_id"
                + " LEFT JOIN person payee ON payee.id = l.payee_person_id"
                + " LEFT JOIN annex_rate an ON an.id = l.annex_rate_id ORDER BY l.channel, l.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, runId).getResultList();
        return rows.stream().map(this::line).toList();
    }

    /**
     * The same page as the one ordered query, read commune by commune: the stored summary gives each commune's count
     * in the run, so the page's communes are found without sorting the whole run (a national run's first page sorted
     * 900,000 lines by name: 7.6 s; within a commune it takes milliseconds).
     */
    private List<Line> pageByCommune(long runId, Filter filter, int first, int size) {
        List<Object> parameters = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> communes = bind(
                        em.createNativeQuery("SELECT l.commune_code, SUM(l.line_count) FROM " + RunSummary.TABLE + " l"
                                + where(runId, filter, parameters)
                                + " GROUP BY l.commune_code ORDER BY l.commune_code"),
                        parameters)
                .getResultList();
        List<Line> page = new ArrayList<>();
        long skip = first;
        for (Object[] commune : communes) {
            long count = ((Number) commune[1]).longValue();
            if (skip >= count) {
                skip -= count;
                continue;
            }
            Filter inCommune =
                    new Filter((String) commune[0], filter.category(), filter.kind(), filter.channel(), null, null);
            page.addAll(page(runId, inCommune, (int) skip, size - page.size()));
            skip = 0;
            if (page.size() >= size) {
                break;
            }
        }
        return page;
    }

    /** How many lines the filter selects. */
    public int count(long runId, Filter filter) {
        return (int) totals(runId, filter).count();
    }

    /** The count and the sum of the filter's lines; with {@link Filter#NONE}, the run's line count and total. */
    public Totals totals(long runId, Filter filter) {
        List<Object> parameters = new ArrayList<>();
        if (filter.status() == null && blank(filter.text()) && standing(runId)) {
            // by commune, category, kind and channel only: the computed run's stored counts (RunSummary)
            Object[] row = (Object[]) bind(
                            em.createNativeQuery("SELECT COALESCE(SUM(l.line_count), 0),"
                                    + " COALESCE(SUM(l.total_amount), 0) FROM " + RunSummary.TABLE + " l"
                                    + where(runId, filter, parameters)),
                            parameters)
                    .getSingleResult();
            return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(l.amount), 0)" + FROM
                                + where(runId, filter, parameters)),
                        parameters)
                .getSingleResult();
        return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Whether the run's lines stand (computed or approved): then its stored summary holds their counts. */
    private boolean standing(long runId) {
        Object status = em.createNativeQuery("SELECT status FROM payroll_run WHERE id = ?")
                .setParameter(1, runId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return status != null && PayrollStatus.valueOf(status.toString()).hasLines();
    }

    /** Where the run's communes and categories are read: its stored summary once its lines stand. */
    private String source(long runId) {
        return standing(runId) ? RunSummary.TABLE : "payroll_line";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * The one WHERE clause of the filter, its values appended to {@code parameters} in order (also over the stored
     * summary, aliased {@code l}, for the parts it holds: commune, category, kind, channel).
     */
    static String where(long runId, Filter filter, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" WHERE l.run_id = ?");
        parameters.add(runId);
        if (filter.communeCode() != null && !filter.communeCode().isBlank()) {
            sql.append(" AND l.commune_code = ?");
            parameters.add(filter.communeCode().strip());
        }
        equal(sql, parameters, "l.category", filter.category());
        equal(sql, parameters, "l.kind", filter.kind());
        equal(sql, parameters, "l.channel", filter.channel());
        equal(sql, parameters, "l.payment_status", filter.status());
        String text = filter.text() == null ? "" : filter.text().strip();
        if (text.replace(" ", "").matches("\\d{12}")) {
            sql.append(" AND (p.personal_id = ? OR payee.personal_id = ?)");
            parameters.add(text.replace(" ", ""));
            parameters.add(text.replace(" ", ""));
        } else {
            List<String> words = VietnameseNames.tokens(text);
            if (!words.isEmpty()) {
                sql.append(" AND (")
                        .append(allWordsOf("p.name_folded", words, parameters))
                        .append(" OR ")
                        .append(allWordsOf("payee.name_folded", words, parameters))
                        .append(')');
            }
        }
        return sql.toString();
    }

    /** Each word begins a word of the folded name, in any order. */
    private static String allWordsOf(String column, List<String> words, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        for (String word : words) {
            conditions.add("CONCAT(' ', " + column + ") LIKE ?");
            parameters.add("% " + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return "(" + String.join(" AND ", conditions) + ")";
    }

    private static void equal(StringBuilder sql, List<Object> parameters, String column, Enum<?> value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value.name());
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private String nameOf(String code) {
        AdminUnitTree units = tree != null ? tree : this.units.tree();
        return units.find(AdminUnitCode.of(code)).map(AdminUnit::fullName).orElse(code);
    }
}
