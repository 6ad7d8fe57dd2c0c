package vn.ansinh.gift.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.EntitledMonths;
import vn.ansinh.casework.domain.PausedMonths;

/**
 * The one home of the rule "who a one-off list draws at its cut-off": <b>a case qualifies on the cut-off day when
 * it pays for the cut-off's month ({@link EntitledMonths}: ACTIVE, or TERMINATED with that month in its entitled
 * period), its decision was signed on or before the cut-off, and its person had not died before the cut-off</b>.
 * Which categories qualify, and the unit whose beneficiaries are drawn, are the list's own. Java ({@link #qualifies})
 * and the draw's SQL ({@link #sql}) are both written from here; {@code GiftDrawIT} runs both on the same people.
 */
public final class GiftEligibility {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private GiftEligibility() {}

    /** Whether a case with these facts qualifies on the cut-off day. */
    public static boolean qualifies(
            CaseStatus status,
            LocalDate entitledFrom,
            LocalDate entitledUntil,
            LocalDate decidedOn,
            LocalDate dateOfDeath,
            LocalDate cutOff) {
        return EntitledMonths.pays(status, entitledFrom, entitledUntil, YearMonth.from(cutOff))
                && decidedOn != null
                && !decidedOn.isAfter(cutOff)
                && (dateOfDeath == null || !dateOfDeath.isBefore(cutOff));
    }

    /** The rule as SQL on a {@code benefit_case} row {@code c} and its {@code person} row {@code p}, at the cut-off. */
    public static String sql(String c, String p, LocalDate cutOff) {
        if (c == null
                || !ALIAS.matcher(c).matches()
                || p == null
                || !ALIAS.matcher(p).matches()) {
            throw new IllegalArgumentException("not table aliases: " + c + ", " + p);
        }
        String day = "DATE '" + cutOff + "'";
        return EntitledMonths.sql(c, PausedMonths.literal(YearMonth.from(cutOff))) + " AND " + c + ".decided_on <= "
                + day + " AND (" + p + ".date_of_death IS NULL OR " + p + ".date_of_death >= " + day + ")";
    }
}
