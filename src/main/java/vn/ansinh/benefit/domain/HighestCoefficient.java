package vn.ansinh.benefit.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one home of the highest-coefficient rule of social assistance (Decree 20/2021/NĐ-CP: someone in
 * several categories "chỉ được hưởng một mức cao nhất" [R: the article to be cited]): a person entitled under several categories of one scheme in a
 * month is paid once, at the highest coefficient; on equal coefficients the case filed first (lowest id).
 * {@link #paid} is the rule in Java; {@link #rank} writes it as SQL for the monthly and the arrears
 * statements (the row ranked 1 is paid). HighestCoefficientIT checks both on the same fixtures. It applies
 * to coefficient-priced schemes only: a meritorious person is paid each category's annex amounts.
 */
public final class HighestCoefficient {

    /** One case that could pay the person in a month, with the coefficient it would pay at. */
    public record Candidate(long caseId, long personId, String scheme, String month, BigDecimal coefficient) {}

    private HighestCoefficient() {}

    /** The order of the rule: the highest coefficient first, then the lowest case id. */
    public static final Comparator<Candidate> ORDER =
            Comparator.comparing(Candidate::coefficient).reversed().thenComparingLong(Candidate::caseId);

    /** The candidates that are paid: one per person, scheme and month. */
    public static List<Candidate> paid(List<Candidate> candidates) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            best.merge(
                    c.personId() + "|" + c.scheme() + "|" + c.month(), c, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        }
        return List.copyOf(best.values());
    }

    /**
     * The rule in SQL: the rank of a row among the person's rows of the scheme and month (1 is paid).
     *
     * @param person the person id expression
     * @param scheme the scheme expression
     * @param month the month expression, or null when all rows are of one month
     * @param coefficient the coefficient expression
     * @param caseId the case id expression
     */
    public static String rank(String person, String scheme, String month, String coefficient, String caseId) {
        return "ROW_NUMBER() OVER (PARTITION BY " + person + ", " + scheme + (month == null ? "" : ", " + month)
                + " ORDER BY " + coefficient + " DESC, " + caseId + ")";
    }
}
