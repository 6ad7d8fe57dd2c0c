package vn.ansinh.registry.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;

/**
 * A commune officer records whether a person receives a pension or a monthly social-insurance benefit
 * (a condition of some categories, e.g. "80+ without a pension"); {@code null} clears it (not known).
 */
public record RecordPensionCommand(Long personId, AdminUnitCode commune, Boolean receivesPension)
        implements Command<Person> {

    @Override
    public String action() {
        return "person.pension";
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
