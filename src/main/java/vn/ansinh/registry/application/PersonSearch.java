package vn.ansinh.registry.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * Finding people inside a jurisdiction, paged in SQL. Twelve digits look up the personal ID, nine
 * digits the old ID number; anything else is a name, typed with or without diacritics, matched as a
 * prefix of the folded full name or, for a single word, as the given name. Every query is bounded
 * by the jurisdiction (commune or province code) and served by an index.
 */
public final class PersonSearch {

    /** Counting stops here: "more than 1,000" is all a list needs to say. */
    public static final int COUNT_CAP = 1000;

    private final EntityManager em;

    public PersonSearch(EntityManager em) {
        this.em = em;
    }

    public List<Person> page(String text, AdminUnitCode jurisdiction, int first, int size) {
        Query q = Query.of(text, jurisdiction);
        TypedQuery<Person> query = em.createQuery("select p from Person p where " + q.where + " order by p.nameFolded, p.id",
                Person.class);
        q.bind(query);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The number of matches, up to {@link #COUNT_CAP} + 1. */
    public int count(String text, AdminUnitCode jurisdiction) {
        Query q = Query.of(text, jurisdiction);
        TypedQuery<Long> query = em.createQuery("select p.id from Person p where " + q.where, Long.class);
        q.bind(query);
        return query.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    private record Query(String where, String scopeValue, String textValue, String given) {

        static Query of(String text, AdminUnitCode jurisdiction) {
            String scope = jurisdiction.isNational() ? "1 = 1"
                    : jurisdiction.value().length() == 2 ? "p.provinceCode = :scope" : "p.communeCode = :scope";
            String scopeValue = jurisdiction.isNational() ? null : jurisdiction.value();
            String trimmed = text == null ? "" : text.strip().replace(" ", "");
            if (trimmed.matches("\\d{12}")) {
                return new Query(scope + " and p.personalId = :text", scopeValue, trimmed, null);
            }
            if (trimmed.matches("\\d{9}")) {
                return new Query(scope + " and p.oldIdNumber = :text", scopeValue, trimmed, null);
            }
            String folded = text == null ? "" : VietnameseNames.fold(text);
            if (folded.isEmpty()) {
                return new Query(scope, scopeValue, null, null);
            }
            String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (!folded.contains(" ")) {
                return new Query(scope + " and (p.nameFolded like :text or p.givenNameFolded = :given)",
                        scopeValue, escaped, folded);
            }
            return new Query(scope + " and p.nameFolded like :text", scopeValue, escaped, null);
        }

        void bind(TypedQuery<?> query) {
            if (scopeValue != null) {
                query.setParameter("scope", scopeValue);
            }
            if (textValue != null) {
                query.setParameter("text", textValue);
            }
            if (given != null) {
                query.setParameter("given", given);
            }
        }
    }
}
