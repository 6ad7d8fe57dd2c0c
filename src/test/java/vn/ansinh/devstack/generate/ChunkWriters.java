package vn.ansinh.devstack.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.ansinh.devstack.generate.Rows.Chunk;

/**
 * A few connections writing chunks side by side while the next chunk is drawn. Chunks are
 * self-contained (a household and its people are in the same one) and their ids never overlap, so
 * they can commit in any order; a deadlock between two of them is retried.
 */
final class ChunkWriters implements AutoCloseable {

    private static final int ATTEMPTS = 5;

    private final BlockingQueue<TableWriter> idle;
    private final ExecutorService threads;
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();
    private final int count;
    private final Consumer<Chunk> written;

    ChunkWriters(int count, String url, String user, String password, LocalDateTime now, Consumer<Chunk> written)
            throws SQLException {
        this.count = count;
        this.written = written;
        this.idle = new ArrayBlockingQueue<>(count);
        this.threads = Executors.newFixedThreadPool(count, r -> new Thread(r, "generator-writer"));
        for (int i = 0; i < count; i++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            idle.add(new TableWriter(connection, now));
        }
    }

    /** Hands a chunk to a writer; waits while every writer is busy. */
    void submit(Chunk chunk) throws SQLException, InterruptedException {
        while (inFlight.size() >= count) {
            await(inFlight.removeFirst());
        }
        inFlight.add(threads.submit(() -> {
            TableWriter writer = idle.take();
            try {
                write(writer, chunk);
            } finally {
                idle.put(writer);
            }
            written.accept(chunk);
            return null;
        }));
    }

    /** Waits until every chunk handed over is committed. */
    void finish() throws SQLException, InterruptedException {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    private static void write(TableWriter writer, Chunk chunk) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.write(chunk);
                return;
            } catch (SQLTransactionRollbackException e) {
                writer.rollback();
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void await(Future<?> future) throws SQLException, InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() throws SQLException {
        threads.shutdownNow();
        for (TableWriter writer : idle) {
            writer.close();
        }
    }
}
