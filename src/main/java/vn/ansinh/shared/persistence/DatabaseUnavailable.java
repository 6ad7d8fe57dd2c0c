package vn.ansinh.shared.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means the database could not be reached (restarted, stopped, the network cut) rather than a
 * fault of the request: a connection error anywhere in the chain of causes (SQL state class {@code 08}, the JDBC
 * connection exceptions, a refused socket), the pool's refusal to hand out a connection, or the pool's own failure
 * while it dropped its dead connections. The transaction of
 * such a request was rolled back; the user is told to try again, not shown the crash page.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /**
     * Whether the connection was lost while the transaction committed: the transaction manager's {@code
     * SystemException} or {@code XAException} at commit, from a communications failure. Unlike {@link #causes}, the
     * outcome is not known: the commit may have reached the database before the link broke.
     */
    public static boolean lostAtCommit(Throwable failure) {
        boolean commit = false;
        boolean link = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.transaction.SystemException")
                    || name.equals("javax.transaction.xa.XAException")
                    || name.equals("jakarta.transaction.RollbackException")
                    || name.equals("jakarta.transaction.HeuristicMixedException")) {
                commit = true;
            }
            if ((t.getMessage() != null && t.getMessage().contains("Communications link failure"))
                    || name.equals("com.mysql.cj.exceptions.CJCommunicationsException")) {
                link = true;
            }
        }
        return commit && link;
    }

    public static boolean causes(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLRecoverableException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("com.mysql.cj.exceptions.CJCommunicationsException")
                    || name.equals("com.sun.appserv.connectors.internal.api.PoolingException")
                    || (t.getMessage() != null && t.getMessage().contains("Error in allocating a connection"))) {
                return true;
            }
            if (thrownWhileThePoolDroppedDeadConnections(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Payara's pool, finding a dead connection, drops them all ({@code fail-all-connections}); two requests doing so
     * at once race on its resizer's timer and one gets {@code IllegalStateException: Task already scheduled or
     * cancelled} instead of the connection error (seen in the database-restart drill, FaultDrillsIT). The failure
     * is still the database's absence.
     */
    private static boolean thrownWhileThePoolDroppedDeadConnections(Throwable t) {
        if (!(t instanceof IllegalStateException)) {
            return false;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals("com.sun.enterprise.resource.pool.ConnectionPool")
                    && frame.getMethodName().equals("doFailAllConnectionsProcessing")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
