package vn.ansinh.benefit.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.benefit.domain.RateStatus;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * A second administrator confirms a pending rate change: from this moment it counts (see
 * {@code ConfirmedRates}). Its author never may (refused and audited). A confirmed row of the same key
 * and effective month is superseded by it at the same moment. {@code unit} is the rate's unit (the
 * province of a province's own level, else the country): the jurisdiction is checked on it. A change
 * starting in a closed month is confirmed like any other: each unit's next payroll pays the difference
 * for its closed months.
 */
public record ConfirmRateCommand(RateKind kind, long rateId, AdminUnitCode unit) implements Command<RateRow> {

    @Override
    public String action() {
        return "rate.confirm";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public RateRow execute(CommandContext context) {
        RateRow row = RateRows.locked(context.em(), kind, rateId, unit);
        String actor = context.actor().username();
        if (row.status() == RateStatus.PENDING && !row.mayBeConfirmedBy(actor)) {
            throw new AccessDeniedException(
                    "rate.error.ownChange",
                    actor + " entered " + kind.entity() + " " + rateId + " and may not confirm it");
        }
        RateStatus before = row.status();
        row.confirm(actor, context.now());
        List<RateRow> replaced = RateRows.sameKeyAndMonth(context.em(), row, row.effectiveFrom(), RateStatus.CONFIRMED);
        replaced.forEach(old -> old.supersede(row, context.now()));
        context.em().flush();
        context.recordChange(
                kind.entity(),
                row.id().toString(),
                "{\"status\":\"" + before + "\"}",
                "{\"status\":\"" + row.status() + "\",\"superseded\":["
                        + replaced.stream().map(r -> r.id().toString()).collect(Collectors.joining(",")) + "]}");
        return row;
    }
}
