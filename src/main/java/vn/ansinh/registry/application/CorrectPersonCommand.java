package vn.ansinh.registry.application;

import jakarta.persistence.LockModeType;
import java.util.List;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * A commune officer corrects a person's recorded details. {@code expectedVersion} is the version
 * the officer edited: if someone saved in between, the correction is refused as a conflict.
 */
public record CorrectPersonCommand(Long personId, AdminUnitCode commune, PersonDetails details, long expectedVersion)
        implements CommuneCommand.ByOfficer<Person> {

    @Override
    public String action() {
        return "person.correct";
    }

    @Override
    public Person execute(CommandContext context) {
        Person person = context.em().find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.communeCode().equals(commune)) {
            throw new BusinessRuleException("person.error.notFound");
        }
        if (person.version() != expectedVersion) {
            throw new BusinessRuleException("error.staleData");
        }
        PersonRules.requireUniquePersonalId(context, details, personId, unit());
        List<String> problems = details.personalId() == null
                ? List.of()
                : details.personalId().checkAgainst(details.sex(), details.birthDate());
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.get(0));
        }
        String before = PersonJson.of(person);
        person.correctDetails(details, context.now());
        context.recordChange("Person", personId.toString(), before, PersonJson.of(person));
        return person;
    }
}
