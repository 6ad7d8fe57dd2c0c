package vn.ansinh.payment.domain;

/** What a payroll line pays. */
public enum LineKind {
    /** The month's allowance. */
    MONTHLY,
    /** A month owed from before (truy lĩnh): a back-dated decision, or a month no payroll covered. */
    ARREARS,
    /**
     * The difference for a month already paid (truy lĩnh phần chênh lệch): a rate entered back-dated into
     * a closed month; a correction of the line it corrects, priced at the new rate rows.
     */
    DIFFERENCE;

    /** A correction of an earlier line of the same case, month and component, not a payment of the month itself. */
    public boolean correction() {
        return this == DIFFERENCE;
    }

    public String labelKey() {
        return "payroll.kind." + name();
    }
}
