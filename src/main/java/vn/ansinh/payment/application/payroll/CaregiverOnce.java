package vn.ansinh.payment.application.payroll;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.benefit.domain.AnnexComponents;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.PausedMonths;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.kernel.Category;

/**
 * One caregiver allowance per person cared for, paid once (Decree 75/2021/NĐ-CP, Phụ lục I: "Người phục vụ
 * Bà mẹ Việt Nam anh hùng sống ở gia đình" is one allowance for the care of one Heroic Mother; DOMAIN.md,
 * "One person, several lines": paid to the caregiver). The same allowance can reach a caregiver two ways:
 * <em>linked</em>, through the case of the person cared for, which names her ({@code caregiver_person_id}:
 * {@link AnnexComponents}' caregiver rules pay her that line), and <em>own</em>, through a case of her own in
 * the caregiver's category (HEROIC_MOTHER_CAREGIVER, the older way, which names the mother only in words).
 * <b>The link is the law's way (the allowance lives and ends with the mother's): a caregiver's own case pays
 * nothing for a month in which a running case names her as caregiver for the same allowance; and a month
 * that her own case has already paid is not paid again through the linked case</b> (e.g. the mother's
 * arrears for months before her decision). So a caregiver is paid the allowance once a month per linked
 * case, or once through her own case when no case names her.
 *
 * <p>Which allowances can come both ways is read from {@link AnnexComponents#RULES}: a row code paid to a
 * caregiver by one rule ({@code toCaregiver}) and to the beneficiary of a case by another ({@link #PAIRS}).
 * The condition is SQL only ({@link #sql}), embedded in the payroll's monthly and arrears statements of
 * the annex-priced lines.
 */
final class CaregiverOnce {

    /** An allowance paid either linked (cases of {@code linked} naming the caregiver) or own (cases of {@code own}). */
    record Pair(String rowCode, Set<Category> own, Set<Category> linked) {}

    /** The allowances that can reach a caregiver both ways, from the annex rules. */
    static final List<Pair> PAIRS = pairs(AnnexComponents.RULES);

    private CaregiverOnce() {}

    static List<Pair> pairs(List<AnnexComponents.Rule> rules) {
        List<Pair> pairs = new ArrayList<>();
        for (AnnexComponents.Rule link : rules) {
            if (!link.toCaregiver()) {
                continue;
            }
            Set<Category> own = EnumSet.noneOf(Category.class);
            rules.stream()
                    .filter(r -> !r.toCaregiver() && r.rowCode().equals(link.rowCode()))
                    .forEach(r -> own.addAll(r.categories()));
            if (!own.isEmpty()) {
                pairs.add(new Pair(link.rowCode(), Set.copyOf(own), Set.copyOf(link.categories())));
            }
        }
        return List.copyOf(pairs);
    }

    /**
     * The condition that annex row {@code r} (with {@code row_code}) is paid for case {@code c} (a
     * {@code benefit_case}) for the month {@code month} (a SQL DATE expression, day 1) under this rule.
     */
    static String sql(String c, String r, String month) {
        if (PAIRS.isEmpty()) {
            return "TRUE";
        }
        return PAIRS.stream().map(p -> pairSql(p, c, r, month)).collect(Collectors.joining(" AND ", "(", ")"));
    }

    private static String pairSql(Pair pair, String c, String r, String month) {
        String row = r + ".row_code = '" + pair.rowCode() + "'";
        String own = c + ".category IN (" + list(pair.own()) + ")";
        String linked = c + ".category IN (" + list(pair.linked()) + ")";
        // the own case: not while a running case names her as caregiver of the same allowance
        String namedByRunningCase = "EXISTS (SELECT 1 FROM benefit_case cg WHERE cg.caregiver_person_id = " + c
                + ".person_id AND cg.category IN (" + list(pair.linked()) + ") AND cg.status IN ("
                + statuses(CaseStatus.ACTIVE, CaseStatus.TERMINATED) + ") AND cg.entitled_from <= " + month
                + " AND (cg.entitled_until IS NULL OR cg.entitled_until >= " + month + ") AND "
                + PausedMonths.notPausedSql("cg.id", month) + ")";
        // the linked case: not for a month her own case has already paid
        String paidByOwnCase = "EXISTS (SELECT 1 FROM payroll_line cl JOIN benefit_case co ON co.id = cl.case_id"
                + " WHERE cl.person_id = " + c + ".caregiver_person_id AND cl.for_month = " + month
                + " AND cl.component = '" + pair.rowCode() + "' AND cl.correction = 0 AND co.category IN ("
                + list(pair.own()) + ") AND cl.payment_status IN (" + PaymentStatus.sqlSet(PaymentStatus::payable)
                + "))";
        return "NOT (" + row + " AND ((" + own + " AND " + namedByRunningCase + ") OR (" + linked + " AND "
                + paidByOwnCase + ")))";
    }

    private static String list(Set<Category> categories) {
        return categories.stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(", "));
    }

    private static String statuses(CaseStatus... statuses) {
        return java.util.Arrays.stream(statuses).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
