package vn.ansinh.payment.channel.domain;

/** What became of one row of a bank's result file. */
public enum ResultOutcome {
    /** The bank paid the line (ket_qua THANH_CONG): the line becomes PAID. */
    PAID,
    /** The bank could not pay it (ket_qua THAT_BAI, with its reason): the line becomes FAILED. */
    FAILED,
    /** The line already carries this very result (the same file imported twice): nothing to do. */
    ALREADY_RECORDED,
    /** The row cannot be applied (unknown line, wrong run or bank, not exported, amount, value): reported only. */
    REJECTED;

    /** Whether importing the row changes its line. */
    public boolean applies() {
        return this == PAID || this == FAILED;
    }

    public String labelKey() {
        return "channels.outcome." + name();
    }
}
