package vn.ansinh.registry.application;

import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/** A commune officer adds a registered person of the commune to a household. */
public record AdmitMemberCommand(Long householdId, AdminUnitCode commune, Long personId, Relationship relationship)
        implements CommuneCommand.ByOfficer<HouseholdMember> {

    @Override
    public String action() {
        return "household.admit";
    }

    @Override
    public HouseholdMember execute(CommandContext context) {
        Household household = context.em().find(Household.class, householdId);
        Person person = context.em().find(Person.class, personId);
        if (household == null || !household.communeCode().equals(commune)) {
            throw new BusinessRuleException("household.error.notFound");
        }
        if (person == null || !person.communeCode().equals(commune)) {
            throw new BusinessRuleException("household.error.memberNotInCommune");
        }
        Memberships.requireNotMember(context.em(), person);
        HouseholdMember member = household.admit(person, relationship);
        context.em().persist(member);
        context.recordChange(
                "Household",
                householdId.toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("admitted", personId)
                        .add("relationship", relationship.name())
                        .build()
                        .toString());
        return member;
    }
}
