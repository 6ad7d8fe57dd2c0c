package vn.ansinh.shared.access.application;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.shared.access.domain.AccessEntry;
import vn.ansinh.shared.cluster.OnEveryNode;

/**
 * Writes the {@link AccessLog}'s waiting entries every two seconds, {@value #BATCH} to a transaction. A batch that
 * cannot be written is reported to the server log and dropped (a database that refuses it would refuse it again);
 * the timer itself never fails. Also writes what is left when the application stops. It runs on every node, without
 * a job lease: the buffer it empties is this node's own memory, which no other node can write.
 */
@Singleton
public class AccessLogFlusher {

    private static final Logger LOG = Logger.getLogger(AccessLogFlusher.class.getName());
    static final int BATCH = 500;

    @Inject
    private AccessLog log;

    @Inject
    private AccessLogWriter writer;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @OnEveryNode("it writes this node's own in-memory buffer of access entries, which no other node holds")
    public void flush() {
        while (!log.isEmpty()) {
            List<AccessEntry> batch = log.take(BATCH);
            try {
                writer.write(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Access log: " + batch.size() + " entries could not be written", e);
            }
        }
    }

    @PreDestroy
    void flushOnStop() {
        flush();
    }
}
