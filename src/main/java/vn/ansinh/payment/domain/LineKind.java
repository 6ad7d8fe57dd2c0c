package vn.ansinh.payment.domain;

/** What a payroll line pays. */
public enum LineKind {
    /** The month's allowance. */
    MONTHLY,
    /** A month owed from before (truy lĩnh): a back-dated decision, or a month no payroll covered. */
    ARREARS;

    public String labelKey() {
        return "payroll.kind." + name();
    }
}
