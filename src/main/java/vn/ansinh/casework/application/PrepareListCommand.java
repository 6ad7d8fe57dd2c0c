package vn.ansinh.casework.application;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * An administrator or the commune officer prepares the list decisions of a rule from a month: one list
 * per commune of the unit, with the preview's entries ({@link ListDecisions#preview}: the amounts at the rates
 * confirmed now), for the commune chairman to sign. A list of the same rule and commune still unsigned is
 * discarded for the new one.
 */
public record PrepareListCommand(ListRule rule, AdminUnitCode unit, YearMonth fromMonth, AdminUnitTree units)
        implements Command<List<ListDecision>> {

    @Override
    public String action() {
        return "listDecision.prepare";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN, Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return unit;
    }

    @Override
    public List<ListDecision> execute(CommandContext context) {
        if (rule == null || fromMonth == null) {
            throw new CaseException("listDecision.error.incomplete");
        }
        CaseworkRules rules = CaseworkRules.load(context.em(), context.now());
        Map<AdminUnitCode, List<ListDecisions.Row>> preview =
                new ListDecisions(context.em()).preview(rule, UnitScope.of(unit, units), fromMonth, rules.rates());
        if (preview.isEmpty()) {
            throw new CaseException("listDecision.error.nobody");
        }
        List<ListDecision> prepared = new ArrayList<>();
        for (Map.Entry<AdminUnitCode, List<ListDecisions.Row>> commune : preview.entrySet()) {
            discardUnsigned(context, commune.getKey());
            ListDecisions.Row first = commune.getValue().get(0);
            ListDecision list = ListDecision.prepare(
                    rule,
                    commune.getKey(),
                    first.oldCase().provinceCode(),
                    fromMonth,
                    context.actor().username(),
                    context.now());
            context.em().persist(list);
            context.em().flush();
            for (ListDecisions.Row row : commune.getValue()) {
                context.em()
                        .persist(new ListDecisionEntry(
                                list.id(),
                                row.personId(),
                                row.caseId(),
                                row.oldCase().category(),
                                row.newCategory(),
                                row.before(),
                                row.after(),
                                row.ruleApplied()));
            }
            context.recordChange(
                    "ListDecision",
                    list.id().toString(),
                    null,
                    "{\"rule\":\"" + rule + "\",\"commune\":\""
                            + commune.getKey().value() + "\",\"fromMonth\":\"" + fromMonth + "\",\"entries\":"
                            + commune.getValue().size() + "}");
            prepared.add(list);
        }
        return prepared;
    }

    private void discardUnsigned(CommandContext context, AdminUnitCode commune) {
        List<ListDecision> old = context.em()
                .createQuery(
                        "select l from ListDecision l where l.rule = :rule"
                                + " and l.communeCode = :commune and l.status = :prepared",
                        ListDecision.class)
                .setParameter("rule", rule)
                .setParameter("commune", commune.value())
                .setParameter("prepared", ListDecisionStatus.PREPARED)
                .getResultList();
        for (ListDecision list : old) {
            list.discard();
            context.recordChange(
                    "ListDecision", list.id().toString(), "{\"status\":\"PREPARED\"}", "{\"status\":\"DISCARDED\"}");
        }
    }
}
