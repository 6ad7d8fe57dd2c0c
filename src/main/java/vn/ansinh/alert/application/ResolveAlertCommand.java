package vn.ansinh.alert.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.alert.domain.CaseAlert;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * A user marks an alert of their commune done ("Đã xử lý"). Who may do it depends on the kind
 * ({@link AlertKind#resolvers()}); an auditor never may.
 */
public record ResolveAlertCommand(Long alertId, AdminUnitCode commune, AlertKind kind) implements Command<CaseAlert> {

    @Override
    public String action() {
        return "alert.resolve";
    }

    @Override
    public Set<Role> permittedRoles() {
        return kind.resolvers();
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public CaseAlert execute(CommandContext context) {
        CaseAlert alert =
                alertId == null ? null : context.em().find(CaseAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null || !alert.communeCode().equals(commune) || alert.kind() != kind) {
            throw new BusinessRuleException("alert.error.notFound");
        }
        alert.resolve(context.actor().username(), context.now());
        context.recordChange(
                "CaseAlert",
                alertId.toString(),
                "{\"resolved\":false}",
                Jsons.createObjectBuilder()
                        .add("resolved", true)
                        .add("kind", kind.name())
                        .add("caseId", alert.caseId())
                        .add("dueOn", alert.dueOn().toString())
                        .build()
                        .toString());
        return alert;
    }
}
