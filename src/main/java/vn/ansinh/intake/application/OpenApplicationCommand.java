package vn.ansinh.intake.application;

import java.time.LocalDate;
import java.util.Map;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.CaregiverRule;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * A commune officer opens an application (hồ sơ) for a person of the commune; a caregiver it names must be
 * someone else, registered and alive ({@link CaregiverRule}).
 */
public record OpenApplicationCommand(
        Long personId,
        AdminUnitCode commune,
        Category category,
        Map<ProgrammeField, String> values,
        LocalDate receivedOn,
        LocalDate today)
        implements CommuneCommand.ByOfficer<Application> {

    @Override
    public String action() {
        return "application.open";
    }

    @Override
    public Application execute(CommandContext context) {
        Person person = context.em().find(Person.class, personId);
        if (person == null || !person.communeCode().equals(commune)) {
            throw new BusinessRuleException("person.error.notFound");
        }
        Application application = Application.open(
                person, category, values, receivedOn, today, context.actor().username(), context.now());
        CaregiverRule.check(
                person.id(), application.values(), id -> context.em().find(Person.class, id));
        context.em().persist(application);
        context.em().flush();
        context.recordChange("Application", application.id().toString(), null, ApplicationJson.of(application));
        return application;
    }
}
