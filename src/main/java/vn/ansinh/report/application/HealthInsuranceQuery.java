package vn.ansinh.report.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.report.domain.Headcount;
import vn.ansinh.report.domain.HealthInsuranceGroup;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * Whose health insurance the state budget pays in a month, in a scope: the beneficiaries of the month by the one rule
 * of who is a beneficiary in a month ({@link Headcount}: granted by a decision, the month in the entitled period;
 * poor households' members are beneficiaries by their recognition and leave at the review's escape or
 * re-classification), of the categories that carry a state-paid group ({@link HealthInsuranceGroup}), one entry per
 * person. The scope is the jurisdiction rule of every read ({@link UnitScope#residence}: the case's commune and
 * province), as the movement report reads it (container-free, so that tests run it on the real database).
 */
public final class HealthInsuranceQuery {

    private static final String SQL = """
            SELECT p.id, p.full_name, p.birth_year, p.birth_month, p.birth_day, p.sex, p.personal_id,
                   p.health_insurance_no, p.address, p.date_of_death, c.category, c.entitled_from, c.entitled_until,
                   c.end_reason, c.commune_code
            FROM benefit_case c JOIN person p ON p.id = c.person_id
            WHERE {COUNTS} AND c.category IN ({CATEGORIES}) AND {SCOPE}
            ORDER BY p.id, c.id
            """.replace("{COUNTS}", Headcount.sql("c", "?1")).replace(
            "{CATEGORIES}",
            SqlEnums.list(Category.class, c -> HealthInsuranceGroup.of(c).isPresent()));

    private static final int FIRST_SCOPE_PARAMETER = 2;

    private final EntityManager em;

    public HealthInsuranceQuery(EntityManager em) {
        this.em = em;
    }

    /** The list of the month and its changes from the month before. */
    public HealthInsuranceList list(
            UnitScope scope, YearMonth month, String unitName, Function<String, String> communeName) {
        return HealthInsuranceList.compare(
                unitName, month, month(scope, month, communeName), month(scope, month.minusMonths(1), communeName));
    }

    /** The rows of the month: one per benefit that counts (a person with two appears twice, merged by the list). */
    List<InsuredPerson> month(UnitScope scope, YearMonth month, Function<String, String> communeName) {
        ScopeSql where = ScopeSql.of(scope.residence("c.commune_code", "c.province_code"), FIRST_SCOPE_PARAMETER);
        Query query =
                em.createNativeQuery(SQL.replace("{SCOPE}", where.sql())).setParameter(1, Date.valueOf(month.atDay(1)));
        where.bind(query, FIRST_SCOPE_PARAMETER);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        List<InsuredPerson> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            Category category = Category.valueOf((String) r[10]);
            YearMonth until = r[12] == null ? null : month(r[12]);
            rows.add(new InsuredPerson(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    birth(r[2], r[3], r[4]),
                    Sex.valueOf((String) r[5]),
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    communeName.apply((String) r[14]),
                    r[9] != null,
                    HealthInsuranceGroup.of(category).orElseThrow(),
                    category,
                    month(r[11]),
                    category,
                    r[13] == null ? null : EndReason.valueOf((String) r[13]),
                    month.equals(until)));
        }
        return rows;
    }

    private static YearMonth month(Object date) {
        return YearMonth.from(date instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) date);
    }

    private static PartialDate birth(Object year, Object month, Object day) {
        int y = ((Number) year).intValue();
        if (month == null) {
            return PartialDate.of(y);
        }
        int m = ((Number) month).intValue();
        return day == null ? PartialDate.of(y, m) : PartialDate.of(y, m, ((Number) day).intValue());
    }
}
