package vn.ansinh.report.application;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Role;

/**
 * An administrator enters the plan (dự toán) of a unit for a year and programme, in đồng; entering it again replaces
 * the amount. Audited with the amount before and after.
 */
public record SetPlanCommand(AdminUnitCode planUnit, int year, Programme programme, long amount)
        implements Command<Long> {

    public SetPlanCommand {
        Objects.requireNonNull(planUnit, "planUnit");
        Objects.requireNonNull(programme, "programme");
    }

    @Override
    public String action() {
        return "report.plan.set";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return planUnit;
    }

    @Override
    public Long execute(CommandContext context) {
        if (amount < 0) {
            throw new BusinessRuleException("report.plan.error.amount");
        }
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("report.error.period", String.valueOf(year));
        }
        Long before = Plans.of(context.em(), planUnit, year).get(programme);
        context.em()
                .createNativeQuery("INSERT INTO report_plan (unit_code, plan_year, programme, amount, entered_at,"
                        + " entered_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE amount = VALUES(amount),"
                        + " entered_at = VALUES(entered_at), entered_by = VALUES(entered_by)")
                .setParameter(1, planUnit.value())
                .setParameter(2, year)
                .setParameter(3, programme.name())
                .setParameter(4, amount)
                .setParameter(5, Timestamp.valueOf(LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC)))
                .setParameter(6, context.actor().username())
                .executeUpdate();
        String id = planUnit.value() + "/" + year + "/" + programme.name();
        context.recordChange("ReportPlan", id, before == null ? null : json(before), json(amount));
        return amount;
    }

    private static String json(long amount) {
        return Jsons.createObjectBuilder().add("amount", amount).build().toString();
    }
}
