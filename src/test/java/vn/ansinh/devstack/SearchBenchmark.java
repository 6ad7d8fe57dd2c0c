package vn.ansinh.devstack;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ansinh.devstack.bench.Latencies;
import vn.ansinh.devstack.bench.NameInputs;
import vn.ansinh.devstack.bench.ReportTable;
import vn.ansinh.devstack.bench.SamplePerson;
import vn.ansinh.devstack.bench.Scope;
import vn.ansinh.devstack.bench.SearchMeasurements;
import vn.ansinh.devstack.generate.DataGenerator;

/**
 * Measures the app's {@code PersonSearch} on a registry of 1,000,000 generated people
 * ({@code ./mvnw -q test-compile exec:java@bench-search}): lookups by personal ID and old ID number,
 * and name searches in a commune, a province and the whole country, with the targets
 * (ID lookup p99 ≤ 10 ms, name search p95 ≤ 100 ms). Options: {@code -Dbench.persons=} (default
 * 1,000,000), {@code -Dbench.seed=}, {@code -Dbench.sql=true} to log the SQL EclipseLink sends.
 */
public final class SearchBenchmark {

    private static final int ID_LOOKUPS = 2_000;
    private static final int OLD_ID_LOOKUPS = 500;
    private static final int NAME_QUERIES = 500;
    private static final int WARM_UP = 100;
    private static final double ID_P99_MS = 10;
    private static final double NAME_P95_MS = 100;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        long persons = GenerateData.longProperty("bench.persons", 1_000_000);
        SplittableRandom random = new SplittableRandom(GenerateData.longProperty("bench.seed", 7));
        boolean passed;
        try (BenchDatabase db = BenchDatabase.open()) {
            System.out.println("Database: " + db.describe());
            GeneratorTarget.migrate(db.url(), db.user(), db.password());
            String server = fillUpTo(db, persons);
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("ansinh", persistenceProperties(db));
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                passed = measure(new SearchMeasurements(emf), c, random, server);
            } finally {
                emf.close();
            }
        }
        System.out.println(passed ? "All targets met." : "Some targets MISSED (see above).");
    }

    /** Generates people until the database holds {@code persons}; returns a description of the server. */
    static String fillUpTo(BenchDatabase db, long persons) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            long existing;
            try (ResultSet rs = s.executeQuery("select count(*) from person")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing < persons) {
                DataGenerator.Options options = new DataGenerator.Options(
                        persons - existing, GenerateData.DEFAULT_SEED + existing, existing > 0, 2);
                GenerateData.printSummary(new DataGenerator(options, System.out)
                        .run(
                                GeneratorTarget.withOption(db.url(), "rewriteBatchedStatements=true"),
                                db.user(),
                                db.password()));
                s.execute("analyze table person, household, household_member");
            } else {
                System.out.printf("Reusing the %,d people already in the database.%n", existing);
            }
            try (ResultSet rs =
                    s.executeQuery("select version(), @@innodb_buffer_pool_size, (select count(*) from person)")) {
                rs.next();
                return String.format(
                        "%,d people; server %s, InnoDB buffer pool %d MB",
                        rs.getLong(3), rs.getString(1), rs.getLong(2) >> 20);
            }
        }
    }

    private static boolean measure(
            SearchMeasurements measurements, Connection c, SplittableRandom random, String server) throws Exception {
        System.out.println("Drawing sample people and warming up...");
        List<SamplePerson> withId = SamplePerson.draw(c, WARM_UP + ID_LOOKUPS, "personal_id is not null", random);
        List<SamplePerson> withOldId = SamplePerson.draw(c, OLD_ID_LOOKUPS, "old_id_number is not null", random);
        measurements.lookups(withId.subList(0, WARM_UP), SamplePerson::personalId);
        Latencies ids = measurements.lookups(withId.subList(WARM_UP, withId.size()), SamplePerson::personalId);
        Latencies oldIds = measurements.lookups(withOldId, SamplePerson::oldIdNumber);
        Map<Scope, Latencies> overall = new HashMap<>();
        Map<Scope, Map<NameInputs.Kind, Latencies>> byKind = new HashMap<>();
        for (Scope scope : Scope.values()) {
            List<NameInputs.NameInput> inputs =
                    NameInputs.of(SamplePerson.draw(c, WARM_UP + NAME_QUERIES, "1 = 1", random), random);
            overall.put(scope, new Latencies());
            byKind.put(
                    scope,
                    measurements.names(
                            inputs.subList(0, WARM_UP),
                            inputs.subList(WARM_UP, inputs.size()),
                            scope,
                            overall.get(scope)));
        }
        ReportTable table = new ReportTable(System.out);
        table.header("PersonSearch, first page of " + SearchMeasurements.PAGE_SIZE + " + count, national unless said ("
                + server + ")");
        table.row("personal ID (12 digits)", ids, 99, ID_P99_MS);
        table.row("old ID number (9 digits)", oldIds, 99, ID_P99_MS);
        for (Scope scope : Scope.values()) {
            table.row("name, " + scope.label() + " (all inputs)", overall.get(scope), 95, NAME_P95_MS);
        }
        for (Scope scope : Scope.values()) {
            table.header("name search in a " + scope.label() + ", by kind of input");
            byKind.get(scope).forEach((kind, latencies) -> table.row(kind.label, latencies));
        }
        System.out.println();
        return table.allTargetsMet();
    }

    static Map<String, Object> persistenceProperties(BenchDatabase db) {
        return AppPersistence.properties(db.url(), db.user(), db.password(), Boolean.getBoolean("bench.sql"));
    }
}
