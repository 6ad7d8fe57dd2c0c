package vn.ansinh.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole demo data ({@link DemoData}, {@link DemoCases} with {@link DemoScale} and {@link DemoYear}) into a
 * fresh database of this machine's MariaDB ({@code ansinh_demo_timing}, or {@code -Ddemo.database=}), timed:
 * {@code ./mvnw -q test-compile exec:java@bench-demo}; {@code -Ddemo.steps=true} prints each payroll's steps;
 * {@code -Ddemo.embedded=true} writes into an embedded MariaDB started as {@code ./run.sh} starts its own (files under
 * {@code target/demo-timing}, port {@code -Ddemo.port=}, 23399), which is where a new user's first start puts it.
 */
public final class DemoDataTiming {

    private DemoDataTiming() {}

    public static void main(String[] args) throws Exception {
        String name = System.getProperty("demo.database", "ansinh_demo_timing");
        boolean embedded = Boolean.getBoolean("demo.embedded");
        DatabaseServer database = embedded
                ? EmbeddedMariaDb.start(
                        Path.of("target", "demo-timing"), Integer.getInteger("demo.port", 23399), name, true)
                : MachineMariaDb.ifReachable(name)
                        .orElseThrow(
                                () -> new IllegalStateException("No MariaDB at 127.0.0.1:3306 (root, no password)"));
        try {
            run(database);
        } finally {
            if (embedded) {
                database.close();
            }
        }
    }

    private static void run(DatabaseServer database) throws Exception {
        Path documents = Files.createTempDirectory("ansinh-demo-documents");
        long started = System.nanoTime();
        DemoData.ensure(database, System.out);
        double people = (System.nanoTime() - started) / 1e9;
        System.out.printf("  people in %.1f s%n", people);
        DemoCases.ensure(database, documents, System.out);
        DemoSummary.print(database, System.out, (System.nanoTime() - started) / 1e9);
    }
}
