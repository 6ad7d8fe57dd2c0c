package vn.ansinh.registry.application;

import jakarta.json.Json;
import java.util.Set;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.security.Role;

/** A commune officer decides whether a suspected pair is one person or two. */
public record ResolveDuplicateCommand(Long suspectId, AdminUnitCode commune, boolean samePerson)
        implements Command<DuplicateSuspect> {

    @Override
    public String action() {
        return "duplicate.resolve";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public DuplicateSuspect execute(CommandContext context) {
        DuplicateSuspect suspect = context.em().find(DuplicateSuspect.class, suspectId);
        if (suspect == null || !suspect.communeCode().equals(commune)) {
            throw new BusinessRuleException("duplicate.error.notFound");
        }
        suspect.resolve(samePerson, context.actor().username(), context.now());
        context.recordChange("DuplicateSuspect", suspectId.toString(), "{\"status\":\"OPEN\"}",
                Json.createObjectBuilder().add("status", suspect.status().name()).build().toString());
        return suspect;
    }
}
