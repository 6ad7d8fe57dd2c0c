package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdCode;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.persistence.UnitSequences;
import vn.ansinh.shared.security.Role;

/**
 * A commune officer imports the people and households of a checked file (see
 * {@link PersonImportParser}): all of it in the engine's one transaction, or nothing. Registers
 * each person, founds each household (its code from the commune's sequence, its area from the
 * commune's kind, its address the head's), admits the members with their relationships, records
 * the heads' poverty reviews (classified like {@link RecordPovertyReviewCommand}) and files the
 * people similar to already registered ones as suspected duplicates. Personal IDs are checked again
 * first: one registered since the file was checked refuses the whole import. One audit row sums the
 * import up (file, counts, the range of new ids).
 *
 * @param rows the rows to import, usually {@link ImportReport#rowsToImport()}: each household key
 *        must have exactly one head
 */
public record ImportPersonsCommand(Residence residence, String fileName, List<ImportRow> rows, int duplicateThreshold)
        implements Command<ImportSummary> {

    public ImportPersonsCommand {
        Objects.requireNonNull(residence, "residence");
        fileName = fileName == null ? "" : fileName.strip();
        rows = List.copyOf(rows);
    }

    /** The command importing what a report found importable. */
    public static ImportPersonsCommand of(Residence residence, ImportReport report, int duplicateThreshold) {
        return new ImportPersonsCommand(residence, report.fileName(), report.rowsToImport(), duplicateThreshold);
    }

    @Override
    public String action() {
        return "person.import";
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
    public ImportSummary execute(CommandContext context) {
        EntityManager em = context.em();
        String by = context.actor().username();
        LocalDate reviewedOn = context.today();
        if (rows.isEmpty()) {
            throw new BusinessRuleException("import.error.nothingToImport");
        }
        Map<String, List<Integer>> households = households();
        requireConsistent(households);
        requireUnregisteredPersonalIds(em);
        Area area = Area.ofUnitKind(residence.unitKind());
        PovertyReviewer reviewer = new PovertyReviewer(em);
        for (ImportRow row : rows) {
            if (row.review() != null) {
                PovertyReviewer.requirePlausibleYear(row.review().year(), reviewedOn);
                reviewer.standardFor(row.review().year(), area);
            }
        }
        // Everything read before anything is written: a query with pending writes would flush them first.
        List<List<DuplicateCandidate>> similar = new DuplicateFinder(em)
                .candidatesForEach(
                        rows.stream().map(ImportRow::person).toList(),
                        residence.communeCode(),
                        residence.provinceCode(),
                        duplicateThreshold);
        long firstSequence = UnitSequences.nextBlock(em, residence.communeCode(), "household", 0, households.size());

        List<Person> people = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            Person person = Person.register(row.person(), residence, by, context.now());
            em.persist(person);
            people.add(person);
        }
        em.flush();

        List<Household> founded = new ArrayList<>(households.size());
        long sequence = firstSequence;
        for (List<Integer> members : households.values()) {
            Person head = people.get(members.stream()
                    .filter(i -> rows.get(i).isHead())
                    .findFirst()
                    .orElseThrow());
            Household household = Household.found(
                    HouseholdCode.of(residence.communeCode(), sequence++),
                    head,
                    residence,
                    area,
                    null,
                    by,
                    context.now());
            em.persist(household);
            founded.add(household);
        }
        em.flush();

        int reviews = 0;
        int next = 0;
        for (List<Integer> members : households.values()) {
            Household household = founded.get(next++);
            for (int i : members) {
                ImportRow row = rows.get(i);
                em.persist(household.admit(people.get(i), row.relationship()));
                if (row.review() != null) {
                    reviewer.record(household, row.review(), List.of(), reviewedOn, by, context.now());
                    reviews++;
                }
            }
        }
        int suspects = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (DuplicateCandidate candidate : similar.get(i)) {
                em.persist(DuplicateSuspect.between(
                        candidate.personId(), people.get(i), candidate.score(), by, context.now()));
                suspects++;
            }
        }
        em.flush();

        List<Long> ids = people.stream().map(Person::id).sorted().toList();
        List<String> codes = founded.stream().map(h -> h.code().value()).toList();
        ImportSummary summary = new ImportSummary(
                people.size(),
                founded.size(),
                reviews,
                suspects,
                ids.get(0),
                ids.get(ids.size() - 1),
                codes.get(0),
                codes.get(codes.size() - 1));
        context.recordChange(
                "PersonImport",
                summary.firstPersonId() + "-" + summary.lastPersonId(),
                null,
                Jsons.createObjectBuilder()
                        .add("file", fileName)
                        .add("commune", residence.communeCode().value())
                        .add("persons", summary.persons())
                        .add("households", summary.households())
                        .add("reviews", summary.reviews())
                        .add("duplicateSuspects", summary.duplicateSuspects())
                        .add("firstPersonId", summary.firstPersonId())
                        .add("lastPersonId", summary.lastPersonId())
                        .add("firstHouseholdCode", summary.firstHouseholdCode())
                        .add("lastHouseholdCode", summary.lastHouseholdCode())
                        .build()
                        .toString());
        return summary;
    }

    /** The indexes of the rows by household, households in the order of their first row. */
    private Map<String, List<Integer>> households() {
        Map<String, List<Integer>> households = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            households
                    .computeIfAbsent(rows.get(i).householdIdentity(), k -> new ArrayList<>())
                    .add(i);
        }
        return households;
    }

    /**
     * What the parser made sure of, made sure of again (the command may be given any rows): one head
     * per household, no personal ID twice, personal IDs that agree with sex and year of birth.
     */
    private void requireConsistent(Map<String, List<Integer>> households) {
        for (List<Integer> members : households.values()) {
            List<ImportRow> heads =
                    members.stream().map(rows::get).filter(ImportRow::isHead).toList();
            String key = rows.get(members.get(0)).householdKey();
            if (heads.isEmpty()) {
                throw new BusinessRuleException("import.error.household.noHead", key);
            }
            if (heads.size() > 1) {
                throw new BusinessRuleException(
                        "import.error.household.manyHeads",
                        key,
                        heads.stream().map(r -> String.valueOf(r.rowNumber())).collect(Collectors.joining(", ")));
            }
        }
        Set<String> seen = new HashSet<>();
        for (ImportRow row : rows) {
            PersonDetails person = row.person();
            if (person.personalId() == null) {
                continue;
            }
            if (!seen.add(person.personalId().value())) {
                throw new BusinessRuleException("import.error.personalId.repeated", String.valueOf(row.rowNumber()));
            }
            List<String> problems = person.personalId().checkAgainst(person.sex(), person.birthDate());
            if (!problems.isEmpty()) {
                throw new BusinessRuleException(problems.get(0));
            }
        }
    }

    private void requireUnregisteredPersonalIds(EntityManager em) {
        Map<String, Integer> rowById = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.person().personalId() != null) {
                rowById.put(row.person().personalId().value(), row.rowNumber());
            }
        }
        List<String> registered = PersonImportChecks.registeredPersonalIds(em, rowById.keySet());
        if (!registered.isEmpty()) {
            String rowNumbers = registered.stream()
                    .map(rowById::get)
                    .sorted()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            throw new BusinessRuleException("import.error.registeredMeanwhile", registered.size(), rowNumbers);
        }
    }
}
