package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * Finding people inside a jurisdiction, paged in SQL. Twelve digits look up the personal ID, nine
 * digits the old ID number; anything else is a name, typed with or without diacritics, matched as a
 * prefix of the folded full name or, for a single word, as the given name. Every query is bounded
 * by the jurisdiction ({@link UnitScope}: a commune, a province, or every commune a pre-2025
 * district had) and served by an index.
 *
 * <p>A single word has two alternatives, a name prefix and a given name. One query with {@code OR}
 * over both can use neither index in name order (MySQL and MariaDB then scan the jurisdiction or
 * merge and sort tens of thousands of rows), so each alternative runs as its own ordered index range
 * (the name indexes and the given-name indexes of V7) for the ids only, and the page is read from
 * the union of their first {@code first + size} ids, sorted by the database.
 */
public final class PersonSearch {

    /** Counting stops here: "more than 1,000" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    private static final String ORDER = " order by p.nameFolded, p.id";

    private final EntityManager em;

    public PersonSearch(EntityManager em) {
        this.em = em;
    }

    public List<Person> page(String text, UnitScope jurisdiction, int first, int size) {
        if (jurisdiction.isEmpty()) {
            return List.of();
        }
        Query q = Query.of(text, jurisdiction);
        if (q.alternatives().size() <= 1) {
            TypedQuery<Person> query =
                    em.createQuery("select p from Person p where " + q.where(0) + ORDER, Person.class);
            return q.bind(query, 0).setFirstResult(first).setMaxResults(size).getResultList();
        }
        Set<Long> candidates = new LinkedHashSet<>();
        for (int i = 0; i < q.alternatives().size(); i++) {
            TypedQuery<Object[]> ids = em.createQuery(
                    "select p.id, p.nameFolded from Person p where " + q.where(i) + ORDER, Object[].class);
            q.bind(ids, i).setMaxResults(first + size).getResultList().forEach(row -> candidates.add((Long) row[0]));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids" + ORDER, Person.class)
                .setParameter("ids", candidates)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** The number of matches, up to {@link #COUNT_CAP} + 1. */
    public int count(String text, UnitScope jurisdiction) {
        if (jurisdiction.isEmpty()) {
            return 0;
        }
        Query q = Query.of(text, jurisdiction);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < Math.max(1, q.alternatives().size()); i++) {
            TypedQuery<Long> query = em.createQuery("select p.id from Person p where " + q.where(i), Long.class);
            ids.addAll(q.bind(query, i).setMaxResults(COUNT_CAP + 1).getResultList());
        }
        return Math.min(ids.size(), COUNT_CAP + 1);
    }

    /** One way the text may match: a condition on one column and its value. */
    private record Alternative(String condition, Object value) {}

    private record Query(UnitScope.Condition scope, List<Alternative> alternatives) {

        static Query of(String text, UnitScope jurisdiction) {
            UnitScope.Condition scope = jurisdiction.residence("p.communeCode", "p.provinceCode");
            String trimmed = text == null ? "" : text.strip().replace(" ", "");
            if (trimmed.matches("\\d{12}")) {
                return new Query(scope, List.of(new Alternative("p.personalId = :value", trimmed)));
            }
            if (trimmed.matches("\\d{9}")) {
                return new Query(scope, List.of(new Alternative("p.oldIdNumber = :value", trimmed)));
            }
            String folded = text == null ? "" : VietnameseNames.fold(text);
            if (folded.isEmpty()) {
                return new Query(scope, List.of());
            }
            String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<Alternative> alternatives = new ArrayList<>();
            alternatives.add(new Alternative("p.nameFolded like :value", escaped));
            if (!folded.contains(" ")) {
                alternatives.add(new Alternative("p.givenNameFolded = :value", folded));
            }
            return new Query(scope, List.copyOf(alternatives));
        }

        /** The jurisdiction and the alternative at {@code index} (the jurisdiction alone if there is none). */
        String where(int index) {
            String within = scope.jpql("scope");
            return alternatives.isEmpty()
                    ? within
                    : within + " and " + alternatives.get(index).condition();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query, int index) {
            scope.bind(query, "scope");
            if (!alternatives.isEmpty()) {
                query.setParameter("value", alternatives.get(index).value());
            }
            return query;
        }
    }
}
