package vn.ansinh.payment.channel.application;

import java.io.Serializable;
import java.time.YearMonth;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** A payroll run as the channels page shows it. */
public record RunInfo(long id, AdminUnitCode unit, String unitName, YearMonth month, PayrollStatus status)
        implements Serializable {

    static RunInfo of(PayrollRun run, String unitName) {
        return new RunInfo(run.id(), run.unitCode(), unitName, run.month(), run.status());
    }

    public boolean approved() {
        return status.isFrozen();
    }
}
