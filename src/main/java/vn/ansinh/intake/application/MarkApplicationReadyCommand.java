package vn.ansinh.intake.application;

import java.util.Set;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.security.Role;

/** The officer declares the dossier complete: it is handed on to review. */
public record MarkApplicationReadyCommand(Long applicationId, AdminUnitCode commune) implements Command<Application> {

    @Override
    public String action() {
        return "application.ready";
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
    public Application execute(CommandContext context) {
        Application application = Applications.inCommune(context.em(), applicationId, commune);
        long documents = context.em().createQuery(
                        "select count(d) from ApplicationDocument d where d.applicationId = :a", Long.class)
                .setParameter("a", applicationId).getSingleResult();
        application.markReady(documents, context.now());
        context.recordChange("Application", applicationId.toString(), "{\"status\":\"DRAFT\"}", "{\"status\":\"READY\"}");
        return application;
    }
}
