package vn.ansinh.shared.persistence;

import jakarta.persistence.EntityManager;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Gap-free counters per administrative unit (household codes, decision numbers), taken inside the
 * caller's transaction under a row lock, so two concurrent takers never get the same number and a
 * rolled-back transaction gives its number back.
 */
public final class UnitSequences {

    private UnitSequences() {}

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
        // One atomic statement that creates or advances the counter under an exclusive row lock.
        // (INSERT IGNORE followed by SELECT ... FOR UPDATE deadlocks when two transactions take the
        // first number of a new counter at once: both hold a shared lock and both want it exclusive.)
        em.createNativeQuery(
                        "INSERT INTO unit_sequence (unit_code, name, period, next_value) VALUES (?, ?, ?, LAST_INSERT_ID(?))"
                                + " ON DUPLICATE KEY UPDATE next_value = LAST_INSERT_ID(next_value + ?)")
                .setParameter(1, unit.value())
                .setParameter(2, name)
                .setParameter(3, period)
                .setParameter(4, 1 + count)
                .setParameter(5, count)
                .executeUpdate();
        Number next = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
        return next.longValue() - count;
    }
}
