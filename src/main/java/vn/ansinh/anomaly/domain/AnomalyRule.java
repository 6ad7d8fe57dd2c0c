package vn.ansinh.anomaly.domain;

/**
 * The anomaly checks, each a named rule with a count, a list and an export. Each rule's statement lives in
 * {@code anomaly.application.AnomalySql}; what it looks at ({@link Subject}) decides the key of its findings, so
 * that a rerun finds the same finding again. The line rules read the lines of the approved payrolls of one
 * month (their {@code pay_month}); the others read the registry and the decisions as they stand.
 */
public enum AnomalyRule {
    /** A line pays a month after the month of the beneficiary's death. */
    PAID_AFTER_DEATH(Subject.LINE),
    /**
     * Two payments of the month itself (correction 0) for the same beneficiary, month, scheme and legal
     * component, from different cases. Differences (corrections) and the separate components of one month
     * (allowance and supplement, the caregiver's line) are not duplicates.
     */
    PAID_TWICE(Subject.PERSON_MONTH),
    /** A line whose case had no granting decision in effect for the month, or had been terminated by then. */
    NO_DECISION_IN_FORCE(Subject.LINE),
    /** A line's amount is not what its rate rows give with the rates as confirmed when the run was approved. */
    AMOUNT_DIFFERS(Subject.LINE),
    /** A transfer into an account whose last step on or before the payment closed it, failed or forced cash. */
    CLOSED_ACCOUNT(Subject.LINE),
    /** One bank account receives for people who are not related (household, caregiver). */
    SHARED_ACCOUNT(Subject.ACCOUNT_MONTH),
    /** One person with running benefits in two communes. */
    TWO_COMMUNES(Subject.PERSON),
    /** A decision signed at a unit that was not the competent level that day, or by a maker of its dossier. */
    INCOMPETENT_SIGNER(Subject.DECISION),
    /** Social pension and social assistance paid to one person for the same month. */
    PENSION_AND_ASSISTANCE(Subject.PERSON_MONTH);

    /** What a finding of the rule is about: its key. */
    public enum Subject {
        LINE,
        PERSON_MONTH,
        ACCOUNT_MONTH,
        PERSON,
        DECISION
    }

    private final Subject subject;

    AnomalyRule(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }

    /** Whether the rule reads one month's approved payroll lines. */
    public boolean readsPayrollMonth() {
        return subject == Subject.LINE || subject == Subject.PERSON_MONTH || subject == Subject.ACCOUNT_MONTH;
    }

    public String labelKey() {
        return "anomaly.rule." + name();
    }

    public String explanationKey() {
        return "anomaly.rule." + name() + ".help";
    }
}
