package vn.ansinh.payment.application;

import java.time.YearMonth;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * Creates the payroll of a unit for a month (one per unit and month); the job then computes it. The unit
 * is the country or a unit that exists today ({@link PayrollScope}: the payroll covers the unit and every
 * unit below it in the tree).
 */
public record CreatePayrollCommand(AdminUnitCode unitCode, YearMonth month, AdminUnitTree units)
        implements PayrollCommand.Office<PayrollRun> {

    @Override
    public String action() {
        return "payroll.create";
    }

    @Override
    public PayrollRun execute(CommandContext context) {
        PayrollScope.of(unitCode, units);
        // a new payroll is for a unit that exists today (a former district's or merged commune's runs stay readable)
        if (units.abolishedOn(unitCode, context.today()).isPresent()) {
            throw new BusinessRuleException("payroll.error.unit");
        }
        if (month == null || month.isAfter(YearMonth.from(context.today()).plusMonths(1))) {
            throw new BusinessRuleException("payroll.error.month");
        }
        long existing = context.em()
                .createQuery("select count(r) from PayrollRun r where r.unitCode = :u and r.payMonth = :m", Long.class)
                .setParameter("u", unitCode.value())
                .setParameter("m", month.atDay(1))
                .getSingleResult();
        if (existing > 0) {
            throw new BusinessRuleException(
                    "payroll.error.exists", vn.ansinh.shared.text.VietnameseFormat.month(month));
        }
        PayrollRun run = PayrollRun.create(unitCode, month, context.actor().username(), context.now());
        context.em().persist(run);
        context.em().flush();
        context.recordChange(
                "PayrollRun",
                run.id().toString(),
                null,
                "{\"unit\":\"" + unitCode.value() + "\",\"month\":\"" + month + "\"}");
        return run;
    }
}
