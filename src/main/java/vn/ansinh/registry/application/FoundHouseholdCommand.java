package vn.ansinh.registry.application;

import java.util.Set;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdCode;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.persistence.UnitSequences;
import vn.ansinh.shared.security.Role;

/** A commune officer registers a household headed by a registered person of the commune. */
public record FoundHouseholdCommand(Long headPersonId, Residence residence, Area area, String address)
        implements Command<Household> {

    @Override
    public String action() {
        return "household.found";
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
    public Household execute(CommandContext context) {
        Person head = context.em().find(Person.class, headPersonId);
        if (head == null || !head.communeCode().equals(residence.communeCode())) {
            throw new BusinessRuleException("household.error.headNotInCommune");
        }
        Memberships.requireNotMember(context.em(), head);
        long sequence = UnitSequences.next(context.em(), residence.communeCode(), "household", 0);
        Household household = Household.found(
                HouseholdCode.of(residence.communeCode(), sequence),
                head,
                residence,
                area,
                address,
                context.actor().username(),
                context.now());
        context.em().persist(household);
        context.em().flush();
        HouseholdMember member = household.admit(head, Relationship.HEAD);
        context.em().persist(member);
        context.recordChange(
                "Household",
                household.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("code", household.code().value())
                        .add("head", headPersonId)
                        .add("area", area.name())
                        .add("commune", residence.communeCode().value())
                        .build()
                        .toString());
        return household;
    }
}
