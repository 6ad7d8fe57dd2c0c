package vn.ansinh.report.application;

import java.io.Serializable;
import java.time.YearMonth;

/** What the approved payrolls of a month paid in the scope, in cash and by transfer (đồng). */
public record MonthPaid(YearMonth month, long cash, long transfer) implements Serializable {

    public long total() {
        return cash + transfer;
    }
}
