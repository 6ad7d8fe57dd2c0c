package vn.ansinh.shared.access.domain;

/** What kind of personal data a read opened (the access log's {@code kind}). */
public enum AccessKind {
    /** A person's file (the person page). */
    PERSON_FILE,
    /** A person's payment history. */
    PAYMENT_HISTORY,
    /** A signed decision (a case's or a list decision), as a PDF. */
    DECISION,
    /** A scanned document of an application. */
    DOCUMENT,
    /** A cash list (or a stop-payment notice) of a payroll run. */
    CASH_LIST,
    /** A bank file of a payroll run. */
    BANK_FILE,
    /** The trace of one payroll line (the line page): whom it paid, how much, from which decision and account. */
    PAYMENT_LINE,
    /** An Excel export of a payment search or of anomaly findings: many people's payments at once. */
    PAYMENT_EXPORT,
    /** The Excel list of a unit's people whose health insurance the state pays, for Vietnam Social Security. */
    HEALTH_INSURANCE_LIST,
    /** The request file of the population-database batch exchange: a commune's people with their personal IDs. */
    POPULATION_REQUEST;

    /** Whether a page of this kind is opened with the person's id ({@code ?id=}, {@code ?personId=}). */
    public boolean idNamesPerson() {
        return this == PERSON_FILE || this == PAYMENT_HISTORY;
    }

    public String labelKey() {
        return "access.kind." + name();
    }
}
