package vn.ansinh.account.application;

import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.StepRecord;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/**
 * A commune officer applies the ready rows of a checked account file (see {@link AccountImportParser})
 * in the engine's one transaction: every step, or none. Each row is checked again as it is applied
 * (person in the commune, step legal for the status, date order, bank, not already recorded), since
 * the accounts may have changed since the file was checked; a row that no longer fits refuses the
 * whole import with its row number. One audit row sums the import up.
 */
public record ImportAccountsCommand(AdminUnitCode commune, String fileName, List<AccountImportLine> lines)
        implements CommuneCommand.ByOfficer<AccountImportSummary> {

    public ImportAccountsCommand {
        Objects.requireNonNull(commune, "commune");
        fileName = fileName == null ? "" : fileName.strip();
        lines = List.copyOf(lines);
    }

    /** The command applying what a report found ready. */
    public static ImportAccountsCommand of(AdminUnitCode commune, AccountImportReport report) {
        return new ImportAccountsCommand(commune, report.fileName(), report.linesToApply());
    }

    @Override
    public String action() {
        return "account.import";
    }

    @Override
    public AccountImportSummary execute(CommandContext context) {
        if (lines.isEmpty()) {
            throw new BusinessRuleException("account.import.error.nothingToImport");
        }
        EntityManager em = context.em();
        Set<AccountImportLine> recordedMeanwhile = recordedMeanwhile(em);
        AccountSteps steps = new AccountSteps(em, context.today());
        StepRecord record = new StepRecord(
                context.actor().username(),
                context.now(),
                AccountEventSource.IMPORT,
                fileName.isEmpty() ? null : fileName);
        Map<Long, Person> people = people(em);
        steps.preload(List.copyOf(people.values()));
        Set<Long> persons = new LinkedHashSet<>();
        Map<AccountStep, Integer> bySteps = new EnumMap<>(AccountStep.class);
        for (AccountImportLine line : lines) {
            Person person = people.get(line.personId());
            if (person == null || recordedMeanwhile.contains(line)) {
                throw changed(line);
            }
            if (!person.communeCode().equals(commune)) {
                throw new AccessDeniedException(
                        "error.access.unit",
                        "row " + line.rowNumber() + ": person " + person.id() + " lives in " + person.communeCode());
            }
            try {
                steps.take(person, line.step(), line.on(), line.bank(), line.number(), record);
            } catch (BusinessRuleException e) {
                throw changed(line);
            }
            persons.add(person.id());
            bySteps.merge(line.step(), 1, Integer::sum);
        }
        JsonObjectBuilder counts = Jsons.createObjectBuilder();
        bySteps.forEach((step, n) -> counts.add(step.name(), n));
        context.recordChange(
                "SsAccountImport",
                commune.value(),
                null,
                Jsons.createObjectBuilder()
                        .add("file", fileName)
                        .add("steps", lines.size())
                        .add("persons", persons.size())
                        .add("bySteps", counts)
                        .build()
                        .toString());
        return new AccountImportSummary(lines.size(), persons.size());
    }

    private Map<Long, Person> people(EntityManager em) {
        List<Long> ids =
                lines.stream().map(AccountImportLine::personId).distinct().toList();
        Map<Long, Person> people = new HashMap<>();
        for (int from = 0; from < ids.size(); from += AccountSteps.CHUNK) {
            em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + AccountSteps.CHUNK)))
                    .getResultList()
                    .forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    /** The lines whose step is now already in the person's history on that date (recorded since the check). */
    private Set<AccountImportLine> recordedMeanwhile(EntityManager em) {
        Set<AccountLookup.RecordedStep> recorded = new JpaAccountLookup(em)
                .recordedSteps(lines.stream()
                        .map(AccountImportLine::personId)
                        .distinct()
                        .toList());
        Set<AccountImportLine> meanwhile = new LinkedHashSet<>();
        for (AccountImportLine line : lines) {
            if (recorded.contains(
                    new AccountLookup.RecordedStep(line.personId(), line.step().target(), line.on()))) {
                meanwhile.add(line);
            }
        }
        return meanwhile;
    }

    private static BusinessRuleException changed(AccountImportLine line) {
        return new BusinessRuleException("account.import.error.changedMeanwhile", String.valueOf(line.rowNumber()));
    }
}
