package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.DuplicateCandidate;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * The checks of a person import across its rows (a personal ID twice in the file, a household without
 * exactly one head, the households left out for an error in one of their rows) and, when given the
 * registry, against it: personal IDs already registered, a poverty line for each review year, and
 * people already registered who may be the same as a row's (warnings). Each adds to the messages.
 */
final class PersonImportChecks {

    /**
     * The registry checks: the commune the people will live in, the duplicate-warning score, and
     * which units' people the user may see named in the report (others are "in another unit").
     */
    record Registry(EntityManager em, Residence residence, int duplicateThreshold, Predicate<AdminUnitCode> visible) {}

    private final List<PersonRow> rows;
    private final List<UploadMessage<ImportColumn>> problems;

    PersonImportChecks(List<PersonRow> rows, List<UploadMessage<ImportColumn>> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    void repeatedPersonalIds() {
        Map<String, List<PersonRow>> byId = new LinkedHashMap<>();
        for (PersonRow row : rows) {
            if (row.personalId != null) {
                byId.computeIfAbsent(row.personalId.value(), id -> new ArrayList<>())
                        .add(row);
            }
        }
        for (List<PersonRow> holders : byId.values()) {
            if (holders.size() > 1) {
                for (PersonRow row : holders) {
                    String others = holders.stream()
                            .filter(r -> r != row)
                            .map(r -> String.valueOf(r.rowNumber))
                            .collect(Collectors.joining(", "));
                    problems.add(row.problem(ImportColumn.PERSONAL_ID, "import.error.personalId.repeated", others));
                }
            }
        }
    }

    void households() {
        for (List<PersonRow> members : householdsOfRows().values()) {
            List<PersonRow> heads = members.stream()
                    .filter(r -> r.relationship == Relationship.HEAD)
                    .toList();
            boolean relationshipUnread = members.stream().anyMatch(r -> r.relationship == null);
            String key = members.get(0).householdKey;
            if (heads.isEmpty() && !relationshipUnread) {
                problems.add(members.get(0).problem(ImportColumn.RELATIONSHIP, "import.error.household.noHead", key));
            } else if (heads.size() > 1) {
                String rowList =
                        heads.stream().map(r -> String.valueOf(r.rowNumber)).collect(Collectors.joining(", "));
                for (PersonRow head : heads) {
                    problems.add(
                            head.problem(ImportColumn.RELATIONSHIP, "import.error.household.manyHeads", key, rowList));
                }
            }
        }
    }

    void registeredPersonalIds(Registry registry) {
        Map<String, PersonRow> byId = new HashMap<>();
        for (PersonRow row : rows) {
            if (row.personalId != null) {
                byId.putIfAbsent(row.personalId.value(), row);
            }
        }
        registeredPersonalIdCommunes(registry.em(), byId.keySet())
                .forEach((id, commune) -> problems.add(byId.get(id)
                        .problem(
                                ImportColumn.PERSONAL_ID,
                                registry.visible().test(commune)
                                        ? "import.error.personalId.registered"
                                        : "import.error.personalId.registeredElsewhere")));
    }

    void povertyLines(Registry registry) {
        PovertyReviewer reviewer = new PovertyReviewer(registry.em());
        Area area = Area.ofUnitKind(registry.residence().unitKind());
        for (PersonRow row : rows) {
            if (row.parsed != null && row.parsed.review() != null) {
                try {
                    reviewer.standardFor(row.parsed.review().year(), area);
                } catch (BusinessRuleException e) {
                    problems.add(row.problem(ImportColumn.REVIEW_YEAR, e.messageKey(), e.arguments()));
                }
            }
        }
    }

    /**
     * Every other row of a household with an error says why it is left out, naming the first row
     * at fault; their numbers join {@code rowsWithErrors}.
     */
    void leaveOutHouseholdsWithErrors(Set<Integer> rowsWithErrors) {
        for (List<PersonRow> members : householdsOfRows().values()) {
            PersonRow atFault = members.stream()
                    .filter(r -> rowsWithErrors.contains(r.rowNumber))
                    .findFirst()
                    .orElse(null);
            if (atFault == null) {
                continue;
            }
            for (PersonRow row : members) {
                if (!rowsWithErrors.contains(row.rowNumber)) {
                    problems.add(row.problem(
                            ImportColumn.HOUSEHOLD_KEY,
                            "import.error.household.hasErrors",
                            row.householdKey,
                            String.valueOf(atFault.rowNumber)));
                }
            }
            members.forEach(r -> rowsWithErrors.add(r.rowNumber));
        }
    }

    void possibleDuplicates(Registry registry, List<ImportRow> candidates) {
        Residence residence = registry.residence();
        List<List<DuplicateCandidate>> found = new DuplicateFinder(registry.em())
                .candidatesForEach(
                        candidates.stream().map(ImportRow::person).toList(),
                        residence.communeCode(),
                        residence.provinceCode(),
                        registry.duplicateThreshold());
        Map<Integer, PersonRow> byNumber = rows.stream().collect(Collectors.toMap(r -> r.rowNumber, r -> r));
        for (int i = 0; i < candidates.size(); i++) {
            List<DuplicateCandidate> similar = found.get(i);
            List<DuplicateCandidate> named = similar.stream()
                    .filter(c -> registry.visible().test(AdminUnitCode.of(c.communeCode())))
                    .toList();
            PersonRow row = byNumber.get(candidates.get(i).rowNumber());
            if (!named.isEmpty()) {
                String who = named.stream()
                        .map(c -> c.fullName() + " (" + c.birthDate() + ", " + c.communeCode() + ")")
                        .collect(Collectors.joining("; "));
                problems.add(
                        row.warning(ImportColumn.FULL_NAME, "import.warning.possibleDuplicates", named.size(), who));
            }
            if (named.size() < similar.size()) {
                // people outside the user's jurisdiction: counted, never named
                problems.add(row.warning(
                        ImportColumn.FULL_NAME,
                        "import.warning.possibleDuplicatesElsewhere",
                        similar.size() - named.size()));
            }
        }
    }

    private Map<String, List<PersonRow>> householdsOfRows() {
        Map<String, List<PersonRow>> households = new LinkedHashMap<>();
        for (PersonRow row : rows) {
            if (row.householdKey != null) {
                households
                        .computeIfAbsent(ImportRow.identityOf(row.householdKey), k -> new ArrayList<>())
                        .add(row);
            }
        }
        return households;
    }

    /** The personal IDs among {@code ids} that someone in the registry already has, with that person's commune. */
    static Map<String, AdminUnitCode> registeredPersonalIdCommunes(EntityManager em, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        Map<String, AdminUnitCode> registered = new java.util.TreeMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            em.createQuery(
                            "select p.personalId, p.communeCode from Person p where p.personalId in :ids",
                            Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList()
                    .forEach(row -> registered.put((String) row[0], AdminUnitCode.of((String) row[1])));
        }
        return registered;
    }

    /** The personal IDs among {@code ids} that someone in the registry already has. */
    static List<String> registeredPersonalIds(EntityManager em, Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<String> registered = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            registered.addAll(em.createQuery(
                            "select p.personalId from Person p where p.personalId in :ids", String.class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .getResultList());
        }
        return registered;
    }
}
