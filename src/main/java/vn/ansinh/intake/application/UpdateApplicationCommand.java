package vn.ansinh.intake.application;

import java.util.Map;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.CaregiverRule;
import vn.ansinh.intake.domain.DossierContribution;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A commune officer changes a draft application's category or fields (refused on stale data); the
 * editor is recorded as a maker of the dossier. A caregiver it names must be someone else, registered and
 * alive ({@link CaregiverRule}).
 */
public record UpdateApplicationCommand(
        Long applicationId,
        AdminUnitCode commune,
        Category category,
        Map<ProgrammeField, String> values,
        long expectedVersion)
        implements CommuneCommand.ByOfficer<Application> {

    @Override
    public String action() {
        return "application.update";
    }

    @Override
    public Application execute(CommandContext context) {
        Application application = Applications.inCommune(context.em(), applicationId, commune);
        if (application.version() != expectedVersion) {
            throw new BusinessRuleException("error.staleData");
        }
        String before = ApplicationJson.of(application);
        application.fill(category, values, context.now());
        CaregiverRule.check(
                application.personId(),
                application.values(),
                id -> context.em().find(vn.ansinh.registry.domain.Person.class, id));
        context.em()
                .persist(new DossierContribution(
                        applicationId,
                        DossierContribution.Kind.EDITED,
                        context.actor().username(),
                        context.now()));
        context.recordChange("Application", applicationId.toString(), before, ApplicationJson.of(application));
        return application;
    }
}
