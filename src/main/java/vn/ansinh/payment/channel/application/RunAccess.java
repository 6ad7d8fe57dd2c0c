package vn.ansinh.payment.channel.application;

import jakarta.persistence.EntityManager;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** Finds the run a payment command names, and makes sure it is of the unit the command was authorised for. */
final class RunAccess {

    private RunAccess() {}

    static PayrollRun ofUnit(EntityManager em, Long runId, AdminUnitCode unit) {
        PayrollRun run = runId == null ? null : em.find(PayrollRun.class, runId);
        if (run == null || !run.unitCode().equals(unit)) {
            throw new BusinessRuleException("channels.error.noRun");
        }
        return run;
    }
}
