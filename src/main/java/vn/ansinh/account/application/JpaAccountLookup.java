package vn.ansinh.account.application;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.account.domain.AccountStatus;

/** {@link AccountLookup} on the database, in a few set-based queries (500 keys at a time). */
public final class JpaAccountLookup implements AccountLookup {

    private static final int CHUNK = 500;

    private final EntityManager em;

    public JpaAccountLookup(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, PersonAccount> byPersonalIds(Collection<String> personalIds) {
        Map<String, PersonAccount> found = new HashMap<>();
        for (List<?> chunk : chunks(personalIds)) {
            for (Object[] r : rows(
                    "select p.personal_id, p.id, p.full_name, p.commune_code, a.status, a.bank_code, "
                            + "a.account_no, a.last_step_on from person p left join ss_account a on a.person_id = p.id "
                            + "where p.personal_id in (" + marks(chunk.size()) + ")",
                    chunk)) {
                found.put(
                        (String) r[0],
                        new PersonAccount(
                                ((Number) r[1]).longValue(),
                                (String) r[2],
                                (String) r[3],
                                r[4] == null ? AccountStatus.NONE : AccountStatus.valueOf((String) r[4]),
                                (String) r[5],
                                (String) r[6],
                                date(r[7])));
            }
        }
        return found;
    }

    @Override
    public Set<String> bankCodes() {
        return new Banks(em).all().keySet();
    }

    @Override
    public Set<RecordedStep> recordedSteps(Collection<Long> personIds) {
        Set<RecordedStep> steps = new HashSet<>();
        for (List<?> chunk : chunks(personIds)) {
            for (Object[] r : rows(
                    "select person_id, to_status, happened_on from ss_account_event where person_id in ("
                            + marks(chunk.size()) + ")",
                    chunk)) {
                steps.add(new RecordedStep(
                        ((Number) r[0]).longValue(), AccountStatus.valueOf((String) r[1]), date(r[2])));
            }
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<?> parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int n) {
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            marks.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return marks.toString();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
