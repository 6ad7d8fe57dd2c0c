package vn.ansinh.shared.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.ansinh.registry.domain.AdminUnitCode;

/**
 * Gap-free counters per administrative unit (household codes, decision numbers), taken inside the
 * caller's transaction under a row lock, so two concurrent takers never get the same number and a
 * rolled-back transaction gives its number back.
 */
public final class UnitSequences {

    private UnitSequences() {
    }

    public static long next(EntityManager em, AdminUnitCode unit, String name, int period) {
        return nextBlock(em, unit, name, period, 1);
    }

    /**
     * Takes {@code count} consecutive numbers at once (a bulk import founding many households) and
     * returns the first; the caller uses {@code first} to {@code first + count - 1}.
     */
    public static long nextBlock(EntityManager em, AdminUnitCode unit, String name, int period, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        em.createNativeQuery("INSERT IGNORE INTO unit_sequence (unit_code, name, period, next_value) VALUES (?, ?, ?, 1)")
                .setParameter(1, unit.value()).setParameter(2, name).setParameter(3, period)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> current = em.createNativeQuery(
                        "SELECT next_value FROM unit_sequence WHERE unit_code = ? AND name = ? AND period = ? FOR UPDATE")
                .setParameter(1, unit.value()).setParameter(2, name).setParameter(3, period)
                .getResultList();
        long value = current.get(0).longValue();
        em.createNativeQuery("UPDATE unit_sequence SET next_value = ? WHERE unit_code = ? AND name = ? AND period = ?")
                .setParameter(1, value + count).setParameter(2, unit.value()).setParameter(3, name).setParameter(4, period)
                .executeUpdate();
        return value;
    }
}
