package vn.ansinh.devstack;

import java.util.Map;
import vn.ansinh.devstack.generate.DataGenerator;

/**
 * Fills a database with synthetic people, households and poverty reviews
 * ({@code ./mvnw -q test-compile exec:java@generate -Dpersons=100000}). Options: {@code -Dpersons=}
 * (default 100,000), {@code -Dgenerate.seed=} (default fixed), {@code -Dgenerate.append=true} to add to
 * a database that already has people. The database: see {@link GeneratorTarget}.
 */
public final class GenerateData {

    static final long DEFAULT_SEED = 20250701L;

    private GenerateData() {}

    public static void main(String[] args) throws Exception {
        DataGenerator.Options options = new DataGenerator.Options(
                longProperty("persons", 100_000),
                longProperty("generate.seed", DEFAULT_SEED),
                Boolean.getBoolean("generate.append"),
                (int) longProperty("generate.writers", 2));
        int exitCode = 0;
        try (GeneratorTarget target = GeneratorTarget.choose()) {
            System.out.println("Database: " + target.describe());
            target.migrate();
            DataGenerator.Summary summary =
                    new DataGenerator(options, System.out).run(target.bulkUrl(), target.user(), target.password());
            printSummary(summary);
        } catch (DataGenerator.RefusedException e) {
            System.err.println("Refused: " + e.getMessage());
            exitCode = 2;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static void printSummary(DataGenerator.Summary summary) {
        System.out.printf(
                "Done in %.1f s (%,.0f people per second). Rows now in the database:%n",
                summary.seconds(), summary.personsAdded() / summary.seconds());
        for (Map.Entry<String, Long> e : summary.rowsPerTable().entrySet()) {
            System.out.printf("  %-17s %,12d%n", e.getKey(), e.getValue());
        }
    }

    static long longProperty(String name, long fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank()
                ? fallback
                : Long.parseLong(value.strip().replace("_", "").replace(",", ""));
    }
}
