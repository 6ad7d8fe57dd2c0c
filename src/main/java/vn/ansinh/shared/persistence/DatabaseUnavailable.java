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
 * connection exceptions, a refused socket) or the pool's refusal to hand out a connection. The transaction of
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
