package vn.ansinh.registry.application;

import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/**
 * A reviewer decides whether a suspected pair is one person or two: the commune officer for a pair of
 * their commune; for a pair across communes, someone whose jurisdiction covers both people (an approver
 * of the province, e.g. the Department of Home Affairs), since the officer of one commune may not see
 * the other person.
 */
public record ResolveDuplicateCommand(Long suspectId, AdminUnitCode commune, boolean samePerson)
        implements CommuneCommand.ByOfficerOrApprover<DuplicateSuspect> {

    @Override
    public String action() {
        return "duplicate.resolve";
    }

    @Override
    public DuplicateSuspect execute(CommandContext context) {
        DuplicateSuspect suspect = context.em().find(DuplicateSuspect.class, suspectId);
        if (suspect == null || !suspect.communeCode().equals(commune)) {
            throw new BusinessRuleException("duplicate.error.notFound");
        }
        for (Long personId : new Long[] {suspect.personAId(), suspect.personBId()}) {
            Person person = context.em().find(Person.class, personId);
            if (person == null || !context.actorCovers(person.communeCode())) {
                throw new AccessDeniedException(
                        "error.access.unit",
                        "duplicate pair " + suspectId + ": person " + personId + " outside the jurisdiction");
            }
        }
        suspect.resolve(samePerson, context.actor().username(), context.now());
        context.recordChange(
                "DuplicateSuspect",
                suspectId.toString(),
                "{\"status\":\"OPEN\"}",
                Jsons.createObjectBuilder()
                        .add("status", suspect.status().name())
                        .build()
                        .toString());
        return suspect;
    }
}
