package vn.ansinh.devstack.generate;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import vn.ansinh.devstack.generate.HouseholdPlanner.MemberPlan;
import vn.ansinh.devstack.generate.Rows.Chunk;
import vn.ansinh.devstack.generate.Rows.HouseholdRow;
import vn.ansinh.devstack.generate.Rows.MemberRow;
import vn.ansinh.devstack.generate.Rows.PersonRow;
import vn.ansinh.devstack.generate.Rows.ReviewRow;
import vn.ansinh.registry.domain.Ethnicity;

/**
 * Fills a migrated AnSinh database with synthetic people, households, members and poverty reviews.
 * One thread draws the rows (deterministic for a seed), another writes the previous chunk meanwhile.
 * Ids are assigned here, after the highest id already present.
 */
public final class DataGenerator {

    /**
     * How many people (over all communes of the 2025 list), the seed, and whether adding to a database that
     * already has people is intended; optionally more people drawn into given communes after them ({@link
     * Focus}), in the same run.
     */
    public record Options(long persons, long seed, boolean append, int writers, List<Focus> focus) {

        public Options {
            focus = List.copyOf(focus);
        }

        public Options(long persons, long seed, boolean append, int writers) {
            this(persons, seed, append, writers, List.of());
        }

        long total() {
            return persons + focus.stream().mapToLong(Focus::persons).sum();
        }
    }

    /**
     * People drawn into one commune, with the share of their households that are elderly people living alone or
     * as a couple, aged 70 and over (besides the planner's own elderly).
     */
    public record Focus(String commune, long persons, double elderShare) {

        public Focus {
            if (persons < 0 || elderShare < 0 || elderShare > 1) {
                throw new IllegalArgumentException("persons " + persons + ", elderShare " + elderShare);
            }
        }
    }

    /** Rows per table after the run, and how long it took. */
    public record Summary(Map<String, Long> rowsPerTable, long personsAdded, double seconds) {}

    /** The database holds people and appending was not asked for. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private static final int CHUNK_PERSONS = 5_000;
    private static final double SHARE_WITHOUT_HOUSEHOLD = 0.03;
    private static final List<String> TABLES =
            List.of("person", "household", "household_member", "poverty_review", "unit_sequence");

    private final Options options;
    private final PrintStream out;
    private final SplittableRandom random;
    private final GenerationStats stats = new GenerationStats();

    public DataGenerator(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.random = new SplittableRandom(options.seed());
    }

    /** Generates into the database at {@code url}; add {@code rewriteBatchedStatements=true} to the URL for speed. */
    public Summary run(String url, String user, String password) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            DeferredIndexes.restorePending(connection, "person", out);
            long existing = count(connection, "person");
            if (existing > 0 && !options.append()) {
                throw new RefusedException(String.format(
                        "The database already holds %,d people. The generator adds "
                                + "synthetic people only to an empty registry unless asked: run it with -Dgenerate.append=true "
                                + "to add %,d more, or point it at an empty database.",
                        existing, options.persons()));
            }
            out.printf(
                    "Generating %,d people (seed %d)%s...%n",
                    options.total(),
                    options.seed(),
                    existing > 0 ? String.format(", adding to the %,d already there", existing) : "");
            Drafting drafting = new Drafting(connection);
            DeferredIndexes deferred = existing == 0 ? DeferredIndexes.drop(connection, "person") : null;
            try {
                writeAll(drafting, url, user, password, started);
                drafting.numbering.save(connection);
            } finally {
                if (deferred != null) {
                    long building = System.nanoTime();
                    out.println("  building the person table's search indexes...");
                    deferred.restore(connection);
                    out.printf("  indexes built in %.1f s%n", (System.nanoTime() - building) / 1e9);
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, count(connection, table));
            }
            stats.print(out);
            return new Summary(rows, options.total(), (System.nanoTime() - started) / 1e9);
        }
    }

    private void writeAll(Drafting drafting, String url, String user, String password, long started)
            throws SQLException, InterruptedException {
        AtomicLong written = new AtomicLong();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try (ChunkWriters writers = new ChunkWriters(
                options.writers(),
                url,
                user,
                password,
                now,
                chunk -> report(written.addAndGet(chunk.persons.size()), chunk.persons.size(), started))) {
            long drafted = 0;
            while (drafted < options.persons()) {
                Chunk chunk = drafting.chunk(
                        drafting.communes, 0, (int) Math.min(CHUNK_PERSONS, options.persons() - drafted));
                drafted += chunk.persons.size();
                stats.add(chunk);
                writers.submit(chunk);
            }
            for (Focus focus : options.focus()) {
                Communes only = drafting.communes.only(List.of(focus.commune()));
                for (long n = 0; n < focus.persons(); ) {
                    Chunk chunk = drafting.chunk(
                            only, focus.elderShare(), (int) Math.min(CHUNK_PERSONS, focus.persons() - n));
                    n += chunk.persons.size();
                    stats.add(chunk);
                    writers.submit(chunk);
                }
            }
            writers.finish();
        }
    }

    private void report(long written, int justWritten, long started) {
        if (written / 100_000 != (written - justWritten) / 100_000 || written == options.total()) {
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "  %,d / %,d people written (%.0f s, %,.0f per second)%n",
                    written, options.total(), seconds, written / seconds);
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Draws chunks of rows: the reference data loaded once, ids counted on from the database's. */
    private final class Drafting {
        final Communes communes;
        final HouseholdPlanner planner;
        final PersonFactory persons;
        final PovertyReviewer reviewer;
        final HouseholdNumbering numbering;
        final Addresses addresses = new Addresses();
        long nextPersonId;
        long nextHouseholdId;
        long nextReviewId;

        Drafting(Connection connection) throws SQLException {
            NameGenerator names = new NameGenerator();
            communes = Communes.load(connection, random);
            planner = new HouseholdPlanner(names);
            persons = new PersonFactory(names, IdentityNumbers.load(connection));
            reviewer = PovertyReviewer.load(connection);
            numbering = HouseholdNumbering.load(connection);
            nextPersonId = nextId(connection, "person");
            nextHouseholdId = nextId(connection, "household");
            nextReviewId = nextId(connection, "poverty_review");
        }

        Chunk chunk(Communes from, double elderShare, int size) {
            Chunk chunk = new Chunk();
            while (chunk.persons.size() < size) {
                Commune commune = from.pick(random);
                Ethnicity ethnicity = commune.profile().ethnicities().pick(random);
                String address = addresses.of(commune, random);
                if (elderShare > 0 && random.nextDouble() < elderShare) {
                    household(chunk, commune, ethnicity, address, planner.elderly(ethnicity, random));
                } else if (random.nextDouble() < SHARE_WITHOUT_HOUSEHOLD) {
                    MemberPlan alone = planner.plan(ethnicity, 1, random).get(0);
                    chunk.persons.add(persons.create(nextPersonId++, alone, ethnicity, commune, address, random));
                } else {
                    household(chunk, commune, ethnicity, address, size - chunk.persons.size());
                }
            }
            return chunk;
        }

        private void household(Chunk chunk, Commune commune, Ethnicity ethnicity, String address, int maxSize) {
            household(chunk, commune, ethnicity, address, planner.plan(ethnicity, maxSize, random));
        }

        private void household(
                Chunk chunk, Commune commune, Ethnicity ethnicity, String address, List<MemberPlan> members) {
            long householdId = nextHouseholdId++;
            long headId = nextPersonId;
            for (MemberPlan plan : members) {
                PersonRow person = persons.create(nextPersonId++, plan, ethnicity, commune, address, random);
                chunk.persons.add(person);
                chunk.members.add(new MemberRow(
                        person.id(), householdId, plan.relationship().name()));
            }
            chunk.households.add(new HouseholdRow(
                    householdId,
                    numbering.nextCode(commune.code()),
                    headId,
                    commune.id(),
                    commune.code(),
                    commune.provinceCode(),
                    commune.area().name(),
                    address));
            ReviewRow review = reviewer.review(nextReviewId, householdId, commune, ethnicity, random);
            if (review != null) {
                nextReviewId++;
                chunk.reviews.add(review);
            }
        }
    }
}
