package vn.ansinh.payment.application.payroll;

import java.sql.SQLException;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/**
 * Two partitions computed at the same time can deadlock in InnoDB. The social-pension settlement
 * ({@link HigherOfSchemesStep}) did, when it read the run's lines with locking reads while the other partition
 * inserted its own (found by the payroll benchmark at 100,000 beneficiaries, issue 13); it now finds its lines with
 * a plain read, and the national payroll of 1,000,000 ran without a deadlock. Should one still happen, the database
 * rolls one transaction back; as every step is idempotent (lines go in under their unique key and are settled
 * again), the partition is simply run again in a new transaction.
 */
public final class Deadlocks {

    private static final Logger LOG = Logger.getLogger(Deadlocks.class.getName());
    private static final int ATTEMPTS = 5;

    private Deadlocks() {}

    /** Runs {@code work} (one transaction), again when the database chose it as a deadlock's victim. */
    public static int retried(String what, IntSupplier work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.getAsInt();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.warning(() -> what + ": deadlock, run again (attempt " + (tried + 1) + ")");
            }
        }
    }

    /** Whether the failure is a deadlock (or lock-wait) victim's rollback, SQL state 40001 / MySQL error 1213. */
    static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}
