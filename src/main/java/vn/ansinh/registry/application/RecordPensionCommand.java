package vn.ansinh.registry.application;

import jakarta.persistence.LockModeType;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * A commune officer records whether a person receives a pension or a monthly social-insurance benefit
 * (a condition of some categories, e.g. "80+ without a pension"); {@code null} clears it (not known).
 */
public record RecordPensionCommand(Long personId, AdminUnitCode commune, Boolean receivesPension)
        implements CommuneCommand.ByOfficer<Person> {

    @Override
    public String action() {
        return "person.pension";
    }

    @Override
    public Person execute(CommandContext context) {
        Person person = context.em().find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.communeCode().equals(commune)) {
            throw new BusinessRuleException("person.error.notFound");
        }
        Boolean before = person.receivesPension();
        person.recordPension(receivesPension, context.now());
        context.recordChange(
                "Person",
                personId.toString(),
                "{\"receivesPension\":" + before + "}",
                "{\"receivesPension\":" + receivesPension + "}");
        return person;
    }
}
