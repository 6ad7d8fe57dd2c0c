package vn.ansinh.shared.persistence;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Where heavy reads go ({@link ReadDatabase}: the read replica when one is configured). A caller that writes what it
 * read ({@code AnomalyChecks}) asks {@link #separate} first: when the reads go to the primary anyway, it reads and
 * writes in one statement there.
 */
public interface ReadSource {

    /** Runs a read-only query where this source reads (falling back to the primary if that fails). */
    <T> T read(Function<EntityManager, T> query);

    /** Whether reads go to a database other than the primary (a replica is configured). */
    boolean separate();

    /** Where the reads made so far went, and how far behind it was. */
    ReadOrigin origin();
}
