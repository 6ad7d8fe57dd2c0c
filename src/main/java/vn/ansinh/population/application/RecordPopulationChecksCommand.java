package vn.ansinh.population.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.alert.application.RegisterAlerts;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationCheck;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * Records the population database's answers about people of one commune (each answer's {@code ref} is the person's
 * id): the latest answer per person, and for a "deceased" answer a {@code PERSON_DECEASED} alert on each running case
 * of a person not yet recorded as dead — an alert the officer confirms; nothing stops here. Run by the officer or an
 * approver of the commune, or an administrator above it (the check at registration, the check of a commune, a result
 * file); an auditor reads only.
 */
public record RecordPopulationChecksCommand(AdminUnitCode commune, List<PopulationAnswer> answers)
        implements Command<RecordPopulationChecksCommand.Recorded> {

    /** How many answers of each outcome were recorded, and how many alerts were raised. */
    public record Recorded(Map<CheckOutcome, Integer> outcomes, int alertsRaised) {
        public int count(CheckOutcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }
    }

    @Override
    public String action() {
        return "population.check";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER, Role.APPROVER, Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public Recorded execute(CommandContext context) {
        Map<CheckOutcome, Integer> outcomes = new EnumMap<>(CheckOutcome.class);
        int alerts = 0;
        for (PopulationAnswer answer : answers) {
            long personId = personId(answer);
            Person person = context.em().find(Person.class, personId);
            if (person == null || !person.communeCode().equals(commune)) {
                throw new BusinessRuleException("population.error.notInCommune", answer.ref());
            }
            PopulationCheck check = context.em().find(PopulationCheck.class, personId);
            if (check == null) {
                context.em()
                        .persist(PopulationCheck.first(
                                personId, answer, context.actor().username(), context.now(), context.today()));
            } else {
                check.record(answer, context.actor().username(), context.now(), context.today());
            }
            if (answer.outcome().raisesDeathAlert() && !person.isDeceased()) {
                alerts += RegisterAlerts.personDeceased(
                        context.em(),
                        personId,
                        answer.deathDate() == null ? context.today() : answer.deathDate(),
                        context.today());
            }
            outcomes.merge(answer.outcome(), 1, Integer::sum);
        }
        var after = Jsons.createObjectBuilder().add("people", answers.size()).add("alertsRaised", alerts);
        outcomes.forEach((outcome, n) -> after.add(outcome.name(), n));
        context.recordChange(
                answers.size() == 1 ? "Person" : "AdminUnit",
                answers.size() == 1 ? answers.get(0).ref() : commune.value(),
                null,
                after.build().toString());
        return new Recorded(Map.copyOf(outcomes), alerts);
    }

    private static long personId(PopulationAnswer answer) {
        try {
            return Long.parseLong(answer.ref());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("population.error.notInCommune", answer.ref());
        }
    }
}
