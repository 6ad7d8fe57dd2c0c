package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.ansinh.shared.command.DenialLog;

/**
 * Resource-local transactions outside the container, the one way the data-layer tests, the demo data
 * and the benchmarks begin, commit and roll back: a committed unit of work on a given entity manager, a
 * unit of work on an entity manager of its own, a scratch transaction that is always rolled back (the
 * temporary tables of a parity test), and the refusal log that writes in a transaction of its own as the
 * container's {@code REQUIRES_NEW} log does.
 */
public final class Transactions {

    private Transactions() {}

    /**
     * Runs the work in a transaction of {@code em} and commits it; a failure rolls it back and is thrown on.
     * Either way the persistence context is cleared after, so what is read next comes from the database.
     */
    public static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            rollbackIfActive(em);
            throw e;
        } finally {
            em.clear();
        }
    }

    /** {@link #inTransaction(EntityManager, Supplier)} for work without a result. */
    public static void inTransaction(EntityManager em, Runnable work) {
        inTransaction(em, () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work in a committed transaction on an entity manager of its own, closed after. */
    public static void inOwnTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            inTransaction(em, () -> work.accept(em));
        } finally {
            em.close();
        }
    }

    /**
     * Runs the work on an entity manager of its own in a transaction that is always rolled back, so that
     * nothing it writes (temporary tables and their rows included) outlives it.
     */
    public static void rolledBack(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        try {
            work.accept(em);
        } finally {
            rollbackIfActive(em);
            em.close();
        }
    }

    /** Where refusals go: each written in a transaction of its own, so it survives the refused command's rollback. */
    public static DenialLog denialsInOwnTransaction(EntityManagerFactory emf) {
        return denial -> inOwnTransaction(emf, em -> em.persist(denial));
    }

    /** Ends a transaction a failed test left open (for an {@code @AfterEach}). */
    public static void rollbackIfActive(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
    }
}
