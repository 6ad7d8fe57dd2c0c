package vn.ansinh.registry.application;

import java.util.List;
import java.util.Set;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PossibleDuplicatesException;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.security.Role;

/**
 * A commune officer registers a person living in the commune. A personal ID already registered is
 * refused (naming the person only inside the officer's jurisdiction); similar people nearby stop the
 * registration until the officer has looked at them (those of another unit without their identity)
 * and acknowledged, and then each becomes a suspected pair on the review list.
 */
public record RegisterPersonCommand(
        PersonDetails details, Residence residence, boolean duplicatesAcknowledged, int duplicateThreshold)
        implements Command<Person> {

    @Override
    public String action() {
        return "person.register";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return residence.communeCode();
    }

    @Override
    public Person execute(CommandContext context) {
        PersonRules.requireUniquePersonalId(context, details, null, residence.communeCode());
        List<String> identityProblems = details.personalId() == null
                ? List.of()
                : details.personalId().checkAgainst(details.sex(), details.birthDate());
        if (!identityProblems.isEmpty()) {
            throw new InvalidValueException(identityProblems.get(0));
        }
        List<DuplicateCandidate> candidates = new DuplicateFinder(context.em())
                .candidates(details, residence.communeCode(), residence.provinceCode(), null, duplicateThreshold);
        if (!candidates.isEmpty() && !duplicatesAcknowledged) {
            throw new PossibleDuplicatesException(PersonRules.visibleTo(context, candidates));
        }
        Person person = Person.register(details, residence, context.actor().username(), context.now());
        context.em().persist(person);
        context.em().flush();
        for (DuplicateCandidate candidate : candidates) {
            context.em()
                    .persist(DuplicateSuspect.between(
                            candidate.personId(),
                            person,
                            candidate.score(),
                            context.actor().username(),
                            context.now()));
        }
        context.recordChange("Person", person.id().toString(), null, PersonJson.of(person));
        return person;
    }
}
