package vn.ansinh.report.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.report.domain.ReportPeriod;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The poor and near-poor households of a scope in a review year, in one set-based query (container-free) over the
 * households of the scope and their reviews of the year and the year before ({@code poverty_review}, one per
 * household and year). A household counts where it lives now; a household not in a year's review is neither poor nor
 * near-poor that year, provided its unit held the review (otherwise the unit's figures of that year are absent). The
 * scope is the jurisdiction rule of every read ({@link UnitScope#residence}).
 */
public final class PovertyQuery {

    private static final String POOR = "'" + PovertyClassification.POOR.name() + "'";
    private static final String NEAR_POOR = "'" + PovertyClassification.NEAR_POOR.name() + "'";

    private static final String SQL = """
            SELECT h.commune_code, h.province_code,
                   COUNT(*),
                   COUNT(r.id),
                   SUM(CASE WHEN r.classification = {POOR} THEN 1 ELSE 0 END),
                   SUM(CASE WHEN r.classification = {NEAR} THEN 1 ELSE 0 END),
                   COUNT(l.id),
                   SUM(CASE WHEN l.classification = {POOR} THEN 1 ELSE 0 END),
                   SUM(CASE WHEN l.classification = {NEAR} THEN 1 ELSE 0 END),
                   SUM(CASE WHEN l.classification = {POOR} AND NOT (r.classification <=> {POOR}) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN r.classification = {POOR} AND NOT (l.classification <=> {POOR}) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN l.classification = {NEAR} AND NOT (r.classification <=> {NEAR}) THEN 1 ELSE 0 END),
                   SUM(CASE WHEN r.classification = {NEAR} AND NOT (l.classification <=> {NEAR}) THEN 1 ELSE 0 END)
            FROM household h
            LEFT JOIN poverty_review r ON r.household_id = h.id AND r.review_year = ?1
            LEFT JOIN poverty_review l ON l.household_id = h.id AND l.review_year = ?2
            WHERE {SCOPE}
            GROUP BY h.commune_code, h.province_code
            """.replace("{POOR}", POOR).replace("{NEAR}", NEAR_POOR);

    private static final int FIRST_SCOPE_PARAMETER = 3;

    private final EntityManager em;

    public PovertyQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * The report of the scope of {@code unit}: a line per commune, or per province for the whole country (its communes
     * added up, a commune without the year's review left out as in a province's total), named by {@code names}.
     */
    public PovertyReport report(
            UnitScope scope,
            AdminUnitCode unit,
            ReportPeriod period,
            String unitName,
            String totalName,
            Function<AdminUnitCode, String> names) {
        ScopeSql where = ScopeSql.of(scope.residence("h.commune_code", "h.province_code"), FIRST_SCOPE_PARAMETER);
        Query query = em.createNativeQuery(SQL.replace("{SCOPE}", where.sql()))
                .setParameter(1, period.year())
                .setParameter(2, period.year() - 1);
        where.bind(query, FIRST_SCOPE_PARAMETER);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Map<AdminUnitCode, List<PovertyRow>> byProvince = new LinkedHashMap<>();
        List<PovertyRow> rows = new ArrayList<>();
        for (Object[] r : found) {
            AdminUnitCode commune = AdminUnitCode.of((String) r[0]);
            PovertyRow row = communeRow(commune, unit.isNational() ? "" : names.apply(commune), r);
            if (unit.isNational()) {
                byProvince
                        .computeIfAbsent(AdminUnitCode.of((String) r[1]), p -> new ArrayList<>())
                        .add(row);
            } else {
                rows.add(row);
            }
        }
        // the country's line of a province is its communes added up, as the province's own report adds them
        byProvince.forEach((province, communes) -> rows.add(PovertyRow.sum(province, names.apply(province), communes)));
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        rows.sort(Comparator.comparing(PovertyRow::name, vietnamese)
                .thenComparing(row -> row.unit().value()));
        return new PovertyReport(unitName, period, rows, PovertyRow.total(totalName, rows));
    }

    /** A commune's line from its row of the query; the year's figures absent without its review, etc. */
    private static PovertyRow communeRow(AdminUnitCode commune, String name, Object[] r) {
        boolean reviewed = number(r[3]) > 0;
        boolean reviewedLastYear = number(r[6]) > 0;
        boolean compared = reviewed && reviewedLastYear;
        return new PovertyRow(
                commune,
                name,
                number(r[2]),
                reviewed ? number(r[4]) : null,
                reviewed ? number(r[5]) : null,
                reviewedLastYear ? number(r[7]) : null,
                reviewedLastYear ? number(r[8]) : null,
                compared ? number(r[9]) : null,
                compared ? number(r[10]) : null,
                compared ? number(r[11]) : null,
                compared ? number(r[12]) : null);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
