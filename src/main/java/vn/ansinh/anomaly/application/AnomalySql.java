// Long because it holds the one set-based statement of each of the nine rules, side by side.
package vn.ansinh.anomaly.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.benefit.domain.AnnexComponents;
import vn.ansinh.benefit.domain.AnnexRates;
import vn.ansinh.benefit.domain.ConfirmedRates;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.payment.application.payroll.RateInForceSql;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The statement of each rule: a {@code SELECT} of the rule's findings (subject key, person, line, decision, commune,
 * province, month, amount, evidence) that {@link AnomalyChecks} inserts into {@code anomaly_finding} in one
 * {@code INSERT … SELECT}. Every set of enum values comes from its Java rule ({@link CaseStatus#benefitRuns},
 * {@link AccountStatus#forcesCash}, {@link DecisionKind#grantsPayment}, {@link CaseOrigin#openedByDecision}), every
 * rate from the payroll's own rules ({@link RateInForceSql#levelIdAt}, {@link ConfirmedRates}, {@link AnnexRates},
 * {@link AnnexComponents}); the jurisdiction from {@link UnitScope}.
 *
 * <p>Evidence is stored as the values of the rule's message ({@code anomaly.evidence.RULE}), separated by
 * {@code |}, so that the page and the export word it in the reader's language.
 */
final class AnomalySql {

    /** One statement and its positional parameters. */
    record Statement(String sql, List<Object> parameters) {}

    private static final String APPROVED = SqlEnums.literal(PayrollStatus.APPROVED);
    private static final String DAY = "'%d/%m/%Y'";
    private static final String MONTH = "'%m/%Y'";
    static final String LEVELS = "anomaly_level_in_force";

    private AnomalySql() {}

    /** The rule's statements (one, or two for the two pricings of {@link AnomalyRule#AMOUNT_DIFFERS}). */
    static List<Statement> of(AnomalyRule rule, YearMonth month, UnitScope scope) {
        LocalDate first = month.atDay(1);
        UnitScope.Condition onLines = scope.residence("l.commune_code", "l.province_code");
        UnitScope.Condition onCases = scope.residence("c.commune_code", "c.province_code");
        return switch (rule) {
            case PAID_AFTER_DEATH -> List.of(lines(paidAfterDeath(onLines), first, onLines));
            case PAID_TWICE -> List.of(lines(paidTwice(onLines), first, onLines));
            case NO_DECISION_IN_FORCE -> List.of(lines(noDecision(onLines), first, onLines));
            case AMOUNT_DIFFERS ->
                List.of(lines(levelPriced(onLines), first, onLines), lines(annexPriced(onLines), first, onLines));
            case CLOSED_ACCOUNT -> List.of(lines(closedAccount(onLines), first, onLines));
            case SHARED_ACCOUNT -> List.of(twice(lines(sharedAccount(onLines), first, onLines)));
            case TWO_COMMUNES -> List.of(new Statement(twoCommunes(onCases), onCases.parameters()));
            case INCOMPETENT_SIGNER -> List.of(new Statement(incompetentSigner(onCases), onCases.parameters()));
            case PENSION_AND_ASSISTANCE -> List.of(lines(pensionAndAssistance(onLines), first, onLines));
        };
    }

    /**
     * What a rule needs ready before its statements run, on the same connection: for {@link AnomalyRule#AMOUNT_DIFFERS}
     * the level in force per run, scheme, province and month of the checked lines ({@value #LEVELS}, a temporary
     * table of a few hundred rows). Looked up inside the line statement instead, as a derived table, MariaDB
     * re-derives it per run and the check took 35 s on a national month instead of a few.
     */
    static List<Statement> prepare(AnomalyRule rule, YearMonth month, UnitScope scope) {
        if (rule != AnomalyRule.AMOUNT_DIFFERS) {
            return List.of();
        }
        UnitScope.Condition onLines = scope.residence("l.commune_code", "l.province_code");
        String levels = "CREATE TEMPORARY TABLE " + LEVELS + " (PRIMARY KEY (run_id, scheme, province_code, for_month))"
                + " SELECT k.run_id, k.scheme, k.province_code, k.for_month, "
                + RateInForceSql.levelIdAt("k.scheme", "k.province_code", "k.for_month", "k.approved_at")
                + " AS level_id FROM (SELECT DISTINCT l.run_id, l.scheme, l.province_code, l.for_month, r.approved_at"
                + monthLines() + " WHERE l.standard_level_id IS NOT NULL AND " + onLines.sql() + ") k";
        return List.of(
                new Statement("DROP TEMPORARY TABLE IF EXISTS " + LEVELS, List.of()),
                lines(levels, month.atDay(1), onLines));
    }

    /** What {@link #prepare} made, dropped once the rule has run. */
    static List<Statement> release(AnomalyRule rule) {
        return rule == AnomalyRule.AMOUNT_DIFFERS
                ? List.of(new Statement("DROP TEMPORARY TABLE IF EXISTS " + LEVELS, List.of()))
                : List.of();
    }

    private static Statement lines(String sql, LocalDate month, UnitScope.Condition scope) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(month);
        parameters.addAll(scope.parameters());
        return new Statement(sql, parameters);
    }

    /** A statement that reads the month's lines twice (a self-join): its parameters twice. */
    private static Statement twice(Statement once) {
        List<Object> parameters = new ArrayList<>(once.parameters());
        parameters.addAll(once.parameters());
        return new Statement(once.sql(), parameters);
    }

    /** The lines of the month's approved payrolls, {@code l}, with their run {@code r}; one parameter: the month. */
    private static String monthLines() {
        return " FROM payroll_line l JOIN payroll_run r ON r.id = l.run_id AND r.pay_month = ? AND r.status = "
                + APPROVED;
    }

    private static String lineColumns(String subjectKey, String evidence) {
        return "SELECT " + subjectKey + " AS subject_key, l.person_id, l.id AS line_id, l.decision_id, l.commune_code,"
                + " l.province_code, l.for_month, l.amount, " + evidence + " AS evidence";
    }

    private static String lineKey() {
        return "CONCAT('L', l.id)";
    }

    /** The line pays a month after the month of death ({@code for_month} is a first day: after the death day). */
    private static String paidAfterDeath(UnitScope.Condition scope) {
        return lineColumns(lineKey(), "DATE_FORMAT(p.date_of_death, " + DAY + ")")
                + " FROM person p JOIN payroll_line l ON l.person_id = p.id AND l.for_month > p.date_of_death"
                + " JOIN payroll_run r ON r.id = l.run_id AND r.pay_month = ? AND r.status = " + APPROVED
                + " WHERE p.date_of_death IS NOT NULL AND " + scope.sql();
    }

    /**
     * Payments of the month itself (correction 0) of one beneficiary, month, scheme and legal component, in
     * approved payrolls: more than one is a duplicate. The caregiver's line is the beneficiary's own component
     * (a caregiver of two mothers is paid two components of two beneficiaries), a difference is a correction.
     */
    private static String paidTwice(UnitScope.Condition scope) {
        String others = "(SELECT GROUP_CONCAT(o.id ORDER BY o.id) FROM payroll_line o JOIN payroll_run ro"
                + " ON ro.id = o.run_id AND ro.status = " + APPROVED
                + " WHERE o.person_id = l.person_id AND o.for_month = l.for_month AND o.scheme = l.scheme"
                + " AND o.component = l.component AND o.correction = 0)";
        return "SELECT x.subject_key, x.person_id, x.line_id, x.decision_id, x.commune_code, x.province_code,"
                + " x.for_month, x.amount, CONCAT(x.component, '|', x.ids) AS evidence FROM ("
                + lineColumns(
                        "CONCAT('P', l.person_id, ':', DATE_FORMAT(l.for_month, '%Y-%m'), ':', l.scheme, ':', l.component)",
                        "NULL")
                + ", l.component, " + others + " AS ids" + monthLines()
                + " WHERE l.correction = 0 AND " + scope.sql() + ") x WHERE LOCATE(',', x.ids) > 0";
    }

    /**
     * No granting decision of the line's case in effect on or before its month, or a termination in effect by
     * then (its month is the first one unpaid). A suspension is not counted: months it paused may be paid back.
     */
    private static String noDecision(UnitScope.Condition scope) {
        String grants = SqlEnums.list(DecisionKind.class, DecisionKind::grantsPayment);
        String ends = SqlEnums.list(DecisionKind.class, DecisionKind::endsBenefit);
        // per case, read once: the first month a decision put the benefit in force, the first month one ended it
        String perCase = "(SELECT d.case_id, MIN(CASE WHEN d.kind IN (" + grants + ") THEN d.effective_month END)"
                + " AS granted_from, MIN(CASE WHEN d.kind IN (" + ends + ") THEN d.effective_month END) AS ended_from"
                + " FROM decision d GROUP BY d.case_id)";
        return lineColumns(
                        lineKey(),
                        "CONCAT(DATE_FORMAT(l.for_month, " + MONTH + "), '|', CASE WHEN k.ended_from <= l.for_month"
                                + " THEN DATE_FORMAT(k.ended_from, " + MONTH + ") ELSE '' END)")
                + monthLines() + " LEFT JOIN " + perCase + " k ON k.case_id = l.case_id"
                + " WHERE " + scope.sql() + " AND (k.granted_from IS NULL OR k.granted_from > l.for_month"
                + " OR k.ended_from <= l.for_month)";
    }

    /**
     * Lines priced from a standard level and a coefficient, repriced with the level in force for the line's
     * scheme, province and month as confirmed when the run was approved, and the coefficient row if it counted
     * then: the month's own lines must equal it; a difference line's due amount must, and its amount must be due
     * less paid before.
     */
    private static String levelPriced(UnitScope.Condition scope) {
        String expected = "ROUND(s.amount * b.coefficient)";
        // the lines first, then the level of their run, scheme, province and month looked up in the small table
        // prepared for it ({@link #prepare}); left to itself the optimiser reads every line once per level row
        return "SELECT " + lineKey() + " AS subject_key, l.person_id, l.id AS line_id, l.decision_id, l.commune_code,"
                + " l.province_code, l.for_month, l.amount, CONCAT(COALESCE(" + expected + ", ''), '|',"
                + " COALESCE(s.amount, ''), '|', COALESCE(b.coefficient, '')) AS evidence"
                + " FROM payroll_run r STRAIGHT_JOIN payroll_line l ON l.run_id = r.id AND r.pay_month = ? AND r.status = "
                + APPROVED + " STRAIGHT_JOIN " + LEVELS + " e ON e.run_id = l.run_id AND e.scheme = l.scheme"
                + " AND e.province_code = l.province_code AND e.for_month = l.for_month"
                + " LEFT JOIN standard_level s ON s.id = e.level_id"
                + " LEFT JOIN benefit_coefficient b ON b.id = l.coefficient_id AND "
                + ConfirmedRates.condition("b", "r.approved_at")
                + " WHERE l.standard_level_id IS NOT NULL AND " + scope.sql() + " AND (s.id IS NULL OR b.id IS NULL OR"
                + " CASE WHEN l.kind = " + SqlEnums.literal(LineKind.DIFFERENCE)
                + " THEN NOT (l.due_amount <=> " + expected + ") OR NOT (l.amount <=> l.due_amount - l.paid_before)"
                + " ELSE l.amount <> " + expected + " END)";
    }

    /**
     * Lines priced from an annex row (meritorious people), repriced with the row of the same code in force for the
     * month as confirmed when the run was approved, times the row's multiplier for the case.
     */
    private static String annexPriced(UnitScope.Condition scope) {
        String expected = "(SELECT ra.amount * " + AnnexComponents.times("c", "ra")
                + " FROM annex_rate ra WHERE ra.row_code = a0.row_code AND ra.impairment_percent <=> a0.impairment_percent"
                + " AND " + AnnexRates.inForce("ra", "l.for_month", "r.approved_at") + " LIMIT 1)";
        return "SELECT x.subject_key, x.person_id, x.line_id, x.decision_id, x.commune_code, x.province_code,"
                + " x.for_month, x.amount, CONCAT(COALESCE(x.expected, ''), '||') AS evidence FROM ("
                + lineColumns(lineKey(), "NULL") + ", l.kind, l.due_amount, l.paid_before, " + expected + " AS expected"
                + monthLines()
                + " JOIN annex_rate a0 ON a0.id = l.annex_rate_id JOIN benefit_case c ON c.id = l.case_id"
                + " WHERE " + scope.sql() + ") x"
                + " WHERE x.expected IS NULL OR CASE WHEN x.kind = " + SqlEnums.literal(LineKind.DIFFERENCE)
                + " THEN NOT (x.due_amount <=> x.expected) OR NOT (x.amount <=> x.due_amount - x.paid_before)"
                + " ELSE x.amount <> x.expected END";
    }

    /**
     * A transfer whose recipient's account had, as its last step on or before the payment (the day the bank
     * paid, else the day the run was approved), a status that forces cash: closed, failed or fallen back.
     */
    private static String closedAccount(UnitScope.Condition scope) {
        String lastStep = "(SELECT CONCAT(e.to_status, '|', DATE_FORMAT(e.happened_on, " + DAY + "))"
                + " FROM ss_account_event e WHERE e.person_id = COALESCE(l.payee_person_id, l.person_id)"
                + " AND e.happened_on <= COALESCE(l.paid_on, DATE(r.approved_at))"
                + " ORDER BY e.happened_on DESC, e.id DESC LIMIT 1)";
        return "SELECT x.subject_key, x.person_id, x.line_id, x.decision_id, x.commune_code, x.province_code,"
                + " x.for_month, x.amount, x.evidence FROM (" + lineColumns(lineKey(), lastStep) + monthLines()
                + " WHERE l.channel = " + SqlEnums.literal(PaymentChannel.BANK_TRANSFER) + " AND " + scope.sql()
                + ") x WHERE SUBSTRING_INDEX(x.evidence, '|', 1) IN (" + AccountStatus.sqlSet(AccountStatus::forcesCash)
                + ")";
    }

    /**
     * One account (bank and number) receiving the month's transfers for several recipients (the payee, else the
     * beneficiary) of whom two are not related: not in one household, neither the caregiver on the other's case.
     */
    private static String sharedAccount(UnitScope.Condition scope) {
        String recipients = "SELECT l.bank_code, l.account_no, COALESCE(l.payee_person_id, l.person_id) AS who,"
                + " MIN(l.commune_code) AS commune_code, MIN(l.province_code) AS province_code, SUM(l.amount) AS amount,"
                + " MIN(r.pay_month) AS pay_month"
                + monthLines() + " WHERE l.channel = " + SqlEnums.literal(PaymentChannel.BANK_TRANSFER)
                + " AND l.account_no IS NOT NULL AND " + scope.sql()
                + " GROUP BY l.bank_code, l.account_no, COALESCE(l.payee_person_id, l.person_id)";
        String related = "(EXISTS (SELECT 1 FROM household_member m1 JOIN household_member m2"
                + " ON m2.household_id = m1.household_id WHERE m1.person_id = a.who AND m2.person_id = b.who)"
                + " OR EXISTS (SELECT 1 FROM benefit_case k WHERE k.person_id = a.who AND k.caregiver_person_id = b.who)"
                + " OR EXISTS (SELECT 1 FROM benefit_case k WHERE k.person_id = b.who AND k.caregiver_person_id = a.who))";
        return "SELECT CONCAT('A', a.bank_code, ':', a.account_no, ':', DATE_FORMAT(a.pay_month, '%Y-%m')) AS subject_key,"
                + " MIN(a.who) AS person_id, NULL AS line_id, NULL AS decision_id, MIN(a.commune_code) AS commune_code,"
                + " MIN(a.province_code) AS province_code, a.pay_month AS for_month, NULL AS amount,"
                + " CONCAT(a.bank_code, ' ', a.account_no, '|', GROUP_CONCAT(DISTINCT CONCAT(pa.full_name, ' – ',"
                + " pb.full_name) ORDER BY pa.full_name SEPARATOR '; ')) AS evidence"
                + " FROM (" + recipients + ") a JOIN (" + recipients + ") b"
                + " ON b.bank_code <=> a.bank_code AND b.account_no = a.account_no AND b.who > a.who"
                + " JOIN person pa ON pa.id = a.who JOIN person pb ON pb.id = b.who"
                + " WHERE NOT " + related + " GROUP BY a.bank_code, a.account_no, a.pay_month";
    }

    /** A person with running benefits ({@link CaseStatus#benefitRuns}) in two or more communes. */
    private static String twoCommunes(UnitScope.Condition scope) {
        String runs = CaseStatus.sqlSet(CaseStatus::benefitRuns);
        return "SELECT CONCAT('P', c.person_id) AS subject_key, c.person_id, NULL AS line_id, NULL AS decision_id,"
                + " MIN(c.commune_code) AS commune_code, MIN(c.province_code) AS province_code, NULL AS for_month,"
                + " NULL AS amount, (SELECT GROUP_CONCAT(DISTINCT c2.commune_code ORDER BY c2.commune_code SEPARATOR ', ')"
                + " FROM benefit_case c2 WHERE c2.person_id = c.person_id AND c2.status IN (" + runs + ")) AS evidence"
                + " FROM benefit_case c JOIN (SELECT d.person_id FROM benefit_case d WHERE d.status IN (" + runs + ")"
                + " GROUP BY d.person_id HAVING COUNT(DISTINCT d.commune_code) > 1) two ON two.person_id = c.person_id"
                + " WHERE c.status IN (" + runs + ") AND " + scope.sql() + " GROUP BY c.person_id";
    }

    /**
     * A decision signed at a unit that was not, on the day it was signed, a unit of the level the programme's
     * authority rule in force named ({@code approval_authority}, the rule {@code CompetentAuthority} applies when
     * signing), or signed by someone who opened or submitted the case's dossier ({@code DossierMakers}).
     */
    private static String incompetentSigner(UnitScope.Condition scope) {
        String byDecision = SqlEnums.list(CaseOrigin.class, CaseOrigin::openedByDecision);
        String competentUnit = "EXISTS (SELECT 1 FROM admin_unit u WHERE u.code = d.issuing_unit_code"
                + " AND u.level = a.approving_level AND (u.valid_from IS NULL OR u.valid_from <= d.signed_on)"
                + " AND (u.valid_to IS NULL OR u.valid_to >= d.signed_on))";
        String maker = "((d.signer = c.opened_by AND c.origin NOT IN (" + byDecision + "))"
                + " OR d.signer <=> c.submitted_by)";
        return "SELECT CONCAT('D', d.id) AS subject_key, d.person_id, NULL AS line_id, d.id AS decision_id,"
                + " c.commune_code, c.province_code, d.effective_month AS for_month, NULL AS amount,"
                + " CONCAT(d.number, '|', DATE_FORMAT(d.signed_on, " + DAY
                + "), '|', d.signer, '|', d.issuing_unit_code,"
                + " '|', a.approving_level, '|', IF(" + maker + ", 1, 0)) AS evidence"
                + " FROM decision d JOIN benefit_case c ON c.id = d.case_id"
                // the authority rules as periods (a dozen rows): the rule in force is the one whose period holds the
                // day
                + " JOIN (SELECT x.programme, x.approving_level, x.effective_from, LEAD(x.effective_from) OVER"
                + " (PARTITION BY x.programme ORDER BY x.effective_from) AS until FROM approval_authority x) a"
                + " ON a.programme = c.programme AND a.effective_from <= d.signed_on"
                + " AND (a.until IS NULL OR a.until > d.signed_on)"
                + " WHERE " + scope.sql() + " AND (NOT " + competentUnit + " OR " + maker + ")";
    }

    /** The social pension and social assistance both paid (month's own lines) to one person for one month. */
    private static String pensionAndAssistance(UnitScope.Condition scope) {
        return lineColumns(
                        "CONCAT('P', l.person_id, ':', DATE_FORMAT(l.for_month, '%Y-%m'))",
                        "CONCAT(DATE_FORMAT(l.for_month, " + MONTH
                                + "), '|', l.id, '|', (SELECT MIN(o.id) FROM payroll_line o"
                                + " JOIN payroll_run ro ON ro.id = o.run_id AND ro.status = " + APPROVED
                                + " WHERE o.person_id = l.person_id AND o.for_month = l.for_month AND o.correction = 0"
                                + " AND o.programme = " + SqlEnums.literal(Programme.SOCIAL_ASSISTANCE) + "))")
                + monthLines() + " WHERE l.correction = 0 AND l.programme = "
                + SqlEnums.literal(Programme.SOCIAL_PENSION) + " AND " + scope.sql()
                + " AND EXISTS (SELECT 1 FROM payroll_line o JOIN payroll_run ro ON ro.id = o.run_id AND ro.status = "
                + APPROVED + " WHERE o.person_id = l.person_id AND o.for_month = l.for_month AND o.correction = 0"
                + " AND o.programme = " + SqlEnums.literal(Programme.SOCIAL_ASSISTANCE) + ")";
    }
}
