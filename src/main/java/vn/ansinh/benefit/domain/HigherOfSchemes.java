package vn.ansinh.benefit.domain;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule for a person who qualifies for both the social pension and monthly social assistance
 * (Law 41/2024, Art. 21; Decree 176/2025): <b>of one month, only the higher amount is paid, never both;
 * on equal amounts the person stays in the scheme they are in</b> (the case that started earlier).
 * A month already paid under one of the two schemes by another payroll stays paid: the other scheme's
 * line of that month is not added.
 *
 * <p>In Java {@link #paid(List)}; as SQL {@link #exclusiveSql(String)} and
 * {@link #orderSql(String, String, String, String)} for a {@code ROW_NUMBER() OVER (PARTITION BY person,
 * month ORDER BY ...)}: the row numbered 1 is paid. A parity test checks both on the same claims.
 */
public final class HigherOfSchemes {

    /** The schemes of which a person is paid only one in a month. */
    public static final Set<Scheme> EXCLUSIVE = EnumSet.of(Scheme.SOCIAL_ASSISTANCE, Scheme.SOCIAL_PENSION);

    /** One line a person could be paid in a month: its case, scheme, amount, first month, and whether another payroll paid it. */
    public record Claim(long caseId, Scheme scheme, long amount, YearMonth started, boolean alreadyPaid) {}

    /** Already paid first, then the higher amount, then the case that started earlier, then the older case. */
    public static final Comparator<Claim> ORDER = Comparator.comparing((Claim c) -> !c.alreadyPaid())
            .thenComparing(Comparator.comparingLong(Claim::amount).reversed())
            .thenComparing(Claim::started)
            .thenComparingLong(Claim::caseId);

    private HigherOfSchemes() {}

    /** Of the claims of one person and one month in the exclusive schemes, the one paid. */
    public static Optional<Claim> paid(List<Claim> claims) {
        return claims.stream().filter(c -> EXCLUSIVE.contains(c.scheme())).min(ORDER);
    }

    /** SQL: whether the scheme in {@code schemeColumn} is one of the exclusive schemes. */
    public static String exclusiveSql(String schemeColumn) {
        return EXCLUSIVE.stream()
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", schemeColumn + " IN (", ")"));
    }

    /** SQL: the ORDER BY of the ranking whose first row is paid (columns: 1/0 already paid, amount, first month, case id). */
    public static String orderSql(String alreadyPaid, String amount, String started, String caseId) {
        return alreadyPaid + " DESC, " + amount + " DESC, " + started + " ASC, " + caseId + " ASC";
    }
}
