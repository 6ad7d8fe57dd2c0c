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
 *
 * <p>When the higher scheme is decided after the lower one was paid for the same months (its arrears), what
 * was paid stays paid and the higher scheme pays only the rest: <b>higher − already paid</b>; when the new
 * one is not higher, nothing more is paid and nothing is clawed back (the person stays where they are).
 * So the month is paid exactly the higher amount, whichever scheme was decided first.
 *
 * <p>In Java {@link #toPay(List)}; as SQL {@link #exclusiveSql(String)}, {@link #orderSql(String, String,
 * String)} for a {@code ROW_NUMBER() OVER (PARTITION BY person, month ORDER BY ...)} of the claims not yet
 * paid (the row numbered 1 is paid) and {@link #toPaySql(String, String)} for its amount. A parity test
 * checks both on the same claims.
 */
public final class HigherOfSchemes {

    /** The schemes of which a person is paid only one in a month. */
    public static final Set<Scheme> EXCLUSIVE = EnumSet.of(Scheme.SOCIAL_ASSISTANCE, Scheme.SOCIAL_PENSION);

    /**
     * One line a person could be paid in a month: its case, scheme, amount (in full), first month, and
     * whether another payroll already paid it (it stays paid and counts towards the month).
     */
    public record Claim(long caseId, Scheme scheme, long amount, YearMonth started, boolean alreadyPaid) {}

    /** What a payroll pays of a month: the claim paid now and how much of it (its amount less what was already paid). */
    public record Payment(Claim claim, long amount) {}

    /** Of the claims not yet paid: the higher amount, then the case that started earlier, then the older case. */
    public static final Comparator<Claim> ORDER = Comparator.comparingLong(Claim::amount)
            .reversed()
            .thenComparing(Claim::started)
            .thenComparingLong(Claim::caseId);

    private HigherOfSchemes() {}

    /**
     * Of the claims of one person and one month in the exclusive schemes: the first not yet paid in
     * {@link #ORDER}, paid its amount less what was already paid for the month; empty when that leaves
     * nothing (the new claim is not higher: the person stays in the scheme already paid).
     */
    public static Optional<Payment> toPay(List<Claim> claims) {
        long alreadyPaid = claims.stream()
                .filter(c -> EXCLUSIVE.contains(c.scheme()) && c.alreadyPaid())
                .mapToLong(Claim::amount)
                .sum();
        return claims.stream()
                .filter(c -> EXCLUSIVE.contains(c.scheme()) && !c.alreadyPaid())
                .min(ORDER)
                .filter(c -> c.amount() > alreadyPaid)
                .map(c -> new Payment(c, c.amount() - alreadyPaid));
    }

    /** SQL: whether the scheme in {@code schemeColumn} is one of the exclusive schemes. */
    public static String exclusiveSql(String schemeColumn) {
        return EXCLUSIVE.stream()
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ", schemeColumn + " IN (", ")"));
    }

    /** SQL: the ORDER BY of the ranking of the claims not yet paid, whose first row is paid (columns: amount, first month, case id). */
    public static String orderSql(String amount, String started, String caseId) {
        return amount + " DESC, " + started + " ASC, " + caseId + " ASC";
    }

    /** SQL: how much of the first-ranked claim is paid, given what was already paid for the month; 0 = nothing. */
    public static String toPaySql(String amount, String alreadyPaid) {
        return "GREATEST(" + amount + " - " + alreadyPaid + ", 0)";
    }
}
