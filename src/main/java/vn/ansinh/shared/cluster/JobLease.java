package vn.ansinh.shared.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * The right of one node to run a timer job for a while: a row of {@code job_lease} (V55), named for the job.
 * Every node's timer fires; the first that takes the lease does the work, the others find it held and return.
 * A node holds the lease until {@code until_at}, measured on the database's clock (so the nodes' clocks need not
 * agree); the holder may renew it, anyone may take it once it has run out. It is never released: it runs out.
 * That is how a node that dies in the middle of a job is survived (its lease runs out, the next firing runs), and
 * why a node whose clock is a few seconds late does not run the same nightly job again after the first finished.
 * So a lease is longer than the skew between the nodes' clocks and shorter than the time between two firings.
 *
 * <p>Taking the lease is one atomic statement ({@code INSERT … ON DUPLICATE KEY UPDATE}: the row lock orders the
 * nodes), then a read of the row in the same transaction, which the caller owns and commits. It is infrastructure,
 * not a write of the application's data: it is no command and writes no audit record; the jobs' own commands do.
 * All the SQL of leases is in this class.
 */
public record JobLease(String name, Duration length) {

    /** The lease of a job run once a night: an hour, far longer than clocks disagree, far shorter than a day. */
    public static JobLease nightly(String name) {
        return new JobLease(name, Duration.ofHours(1));
    }

    /*
     * The assignments are written so that MySQL's left-to-right evaluation and MariaDB's SIMULTANEOUS_ASSIGNMENT give
     * the same result: acquired_at and holder read only until_at, which is assigned last; until_at reads holder,
     * which is the new holder after a take either way (left to right: just assigned; simultaneous: the condition
     * "ran out" is in the same OR).
     */
    private static final String TAKE = "INSERT INTO job_lease (name, holder, acquired_at, until_at)"
            + " VALUES (?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND)"
            + " ON DUPLICATE KEY UPDATE"
            + " acquired_at = IF(until_at < UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), acquired_at),"
            + " holder = IF(until_at < UTC_TIMESTAMP(3), ?, holder),"
            + " until_at = IF(until_at < UTC_TIMESTAMP(3) OR holder = ?,"
            + " UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND, until_at)";

    private static final String HOLDER = "SELECT holder FROM job_lease WHERE name = ?";

    public JobLease {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("A lease name has 1 to 64 characters: " + name);
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A lease lasts a while: " + length);
        }
    }

    /**
     * Takes the lease for {@code holder}, or renews it if the holder already has it, in the connection's current
     * transaction (the caller commits). True if the holder has the lease now.
     */
    public boolean acquire(Connection db, String holder) throws SQLException {
        long micros = length.toNanos() / 1000;
        try (PreparedStatement take = db.prepareStatement(TAKE)) {
            take.setString(1, name);
            take.setString(2, holder);
            take.setLong(3, micros);
            take.setString(4, holder);
            take.setString(5, holder);
            take.setLong(6, micros);
            take.executeUpdate();
        }
        try (PreparedStatement read = db.prepareStatement(HOLDER)) {
            read.setString(1, name);
            try (ResultSet row = read.executeQuery()) {
                return row.next() && holder.equals(row.getString(1));
            }
        }
    }
}
