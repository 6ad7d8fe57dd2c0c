package vn.ansinh.casework.application;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * The nightly step that starts benefits whose first month has come: a decision signed in March for
 * a transfer that pays from April leaves the case APPROVED until April. Run by the system.
 */
public record ActivateDueCasesCommand() implements Command<Integer> {

    @Override
    public String action() {
        return "case.activateDue";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public Integer execute(CommandContext context) {
        List<BenefitCase> due = context
                .em()
                .createQuery(
                        "select c from BenefitCase c where c.status = :approved"
                                + " and c.entitledFrom is not null and c.entitledFrom <= :month",
                        BenefitCase.class)
                .setParameter("approved", CaseStatus.APPROVED)
                .setParameter("month", YearMonth.from(context.today()).atDay(1))
                .getResultList()
                .stream()
                .filter(c -> c.lifecycle().allows(vn.ansinh.casework.domain.CaseTransition.ACTIVATE, c.status()))
                .toList();
        for (BenefitCase c : due) {
            context.em().persist(c.activate(context.actor(), context.now()));
        }
        context.recordChange("BenefitCase", null, null, "{\"activated\":" + due.size() + "}");
        return due.size();
    }
}
