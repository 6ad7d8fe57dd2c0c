package vn.ansinh.devstack;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.it.Browser;

/**
 * The payroll benchmark on the real path ({@code ./mvnw -q package exec:java@bench-payroll-container}): Payara
 * Micro with the app against the benchmark database, the national payroll started as a user starts it (Keycloak
 * login and the "Tính" button of the run page in chromium) and timed from the click to the run computed (the
 * finish step writes the last line and the totals), through the Jakarta Batch job, its partitions and
 * transactions and the job repository in the database. In the same run, the same payroll computed by the job's
 * steps outside the container ({@link PayrollBenchmark}) and the raw {@code INSERT … SELECT} of the same rows.
 * Each figure {@code -Dbench.repeats=} times (2), with the machine's load average. Options:
 * {@code -Dbench.beneficiaries=} (1,000,000), {@code -Dbench.db=} (ansinh_bench), {@code -Dansinh.payara.xmx=},
 * {@code -Dansinh.payroll.partition-size=} (the app's, default 50,000), {@code -Dansinh.payroll.threads=} (the app's,
 * default 2). Target: in-container ≤ 1.25 × raw.
 */
public final class PayrollContainerBenchmark {

    private static final double TARGET_RATIO = 1.25;
    private static final String APP_USER = "ansinh_bench";
    private static final String APP_PASSWORD = "ansinh_bench_pw";

    private PayrollContainerBenchmark() {}

    public static void main(String[] args) throws Exception {
        long beneficiaries = GenerateData.longProperty("bench.beneficiaries", 1_000_000);
        int repeats = (int) GenerateData.longProperty("bench.repeats", 2);
        List<String> results = new ArrayList<>();
        try (BenchDatabase db = BenchDatabase.open()) {
            System.out.println("Database: " + db.describe());
            GeneratorTarget.migrate(db.url(), db.user(), db.password());
            SearchBenchmark.fillUpTo(db, beneficiaries);
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                    Statement s = c.createStatement()) {
                PayrollBenchmark.ensureBeneficiaries(s, beneficiaries);
                DatabaseServer app = appLogin(db);
                StackLayout tests = StackLayout.forTests();
                StackLayout layout = new StackLayout(
                        tests.projectDir(),
                        tests.artifactsDir(),
                        tests.war(),
                        tests.projectDir().resolve("target").resolve("bench-stack"),
                        intProperty("bench.app.port", 18291),
                        intProperty("bench.keycloak.port", 18292),
                        intProperty("bench.embedded.port", 13319),
                        BenchDatabase.NAME,
                        true,
                        true,
                        false,
                        false);
                Files.createDirectories(layout.home());
                System.out.println("Starting Keycloak and Payara Micro on " + layout.appUrl() + " (logs in "
                        + layout.logs() + ")");
                try (KeycloakServer keycloak = KeycloakServer.start(layout);
                        PayaraServer payara = PayaraServer.start(layout, app, true);
                        EmbeddedSession browser = new EmbeddedSession(layout)) {
                    EntityManagerFactory emf =
                            Persistence.createEntityManagerFactory("ansinh", SearchBenchmark.persistenceProperties(db));
                    try {
                        for (int i = 1; i <= repeats; i++) {
                            String load = loadAverage();
                            long runId = draftRun(s);
                            double container = browser.compute(runId, s);
                            long[] inContainer = totals(s, runId);
                            long stepsRun = PayrollBenchmark.freshRun(s);
                            long start = System.nanoTime();
                            long[] steps = PayrollBenchmark.compute(emf, stepsRun, PayrollBenchmark.threads());
                            double stepsSeconds = (System.nanoTime() - start) / 1e9;
                            double raw = PayrollBenchmark.rawCopy(s);
                            String line = String.format(
                                    "  #%d  lines %,d (steps %,d)  in-container %.1f s  steps-only %.1f s  raw %.1f s"
                                            + "  ratio in-container/raw %.2f  steps/raw %.2f  load %s → %s",
                                    i,
                                    inContainer[0],
                                    steps[0],
                                    container,
                                    stepsSeconds,
                                    raw,
                                    container / raw,
                                    stepsSeconds / raw,
                                    load,
                                    loadAverage());
                            if (inContainer[0] != steps[0] || inContainer[1] != steps[1]) {
                                throw new IllegalStateException("The job and the steps disagree: " + inContainer[0]
                                        + "/" + inContainer[1] + " against " + steps[0] + "/" + steps[1]);
                            }
                            System.out.println(line);
                            results.add(line);
                        }
                    } finally {
                        emf.close();
                    }
                }
            }
        }
        System.out.println();
        System.out.printf(
                "National payroll of %s, %,d beneficiaries, target in-container ≤ %.2f × raw%n",
                PayrollBenchmark.MONTH, beneficiaries, TARGET_RATIO);
        results.forEach(System.out::println);
        System.exit(0);
    }

    /** The app's own login on the benchmark database (Payara's pools refuse an empty password). */
    private static DatabaseServer appLogin(BenchDatabase db) {
        String user = db.password().isEmpty() ? APP_USER : db.user();
        String password = db.password().isEmpty() ? APP_PASSWORD : db.password();
        if (db.password().isEmpty()) {
            for (String host : List.of("localhost", "127.0.0.1")) {
                Jdbc.execute(
                        db.url(),
                        db.user(),
                        db.password(),
                        "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'" + host + "' IDENTIFIED BY '" + APP_PASSWORD
                                + "'",
                        "GRANT ALL PRIVILEGES ON `" + BenchDatabase.NAME + "`.* TO '" + APP_USER + "'@'" + host + "'");
            }
        }
        return new DatabaseServer() {
            @Override
            public String jdbcUrl() {
                return db.url();
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public String describe() {
                return db.describe();
            }

            @Override
            public String createDatabase(String name, boolean recreate) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
                // the benchmark's database stays
            }
        };
    }

    /** A new national run of the month, not computed, as an administrator leaves it after "Tạo". */
    private static long draftRun(Statement s) throws Exception {
        long runId = PayrollBenchmark.freshRun(s);
        s.executeUpdate("UPDATE payroll_run SET status = 'DRAFT', created_by = 'admin.bench' WHERE id = " + runId);
        return runId;
    }

    private static long[] totals(Statement s, long runId) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT line_count, total_amount FROM payroll_run WHERE id = " + runId)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static int intProperty(String name, int fallback) {
        return (int) GenerateData.longProperty(name, fallback);
    }

    /** The administrator in chromium: logged in once through Keycloak, presses "Tính" on a run's page. */
    private static final class EmbeddedSession implements AutoCloseable {

        private final StackLayout layout;
        private final ChromeDriver driver = Browser.start();
        private boolean loggedIn;

        EmbeddedSession(StackLayout layout) {
            this.layout = layout;
        }

        /** Seconds from the click on "Tính" to the run COMPUTED (its last line and totals written). */
        double compute(long runId, Statement s) throws Exception {
            driver.get(layout.appUrl() + "/payroll/run.xhtml?id=" + runId);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            if (!loggedIn) {
                wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty());
                driver.findElement(By.id("username")).sendKeys(DemoUser.ADMIN.username());
                driver.findElement(By.id("password")).sendKeys(DemoUser.PASSWORD);
                driver.findElement(By.id("kc-login")).click();
                loggedIn = true;
            }
            wait.until(d -> !d.findElements(By.id("run:compute")).isEmpty());
            long start = System.nanoTime();
            driver.findElement(By.id("run:compute")).click();
            while (true) {
                String status;
                try (ResultSet rs = s.executeQuery("SELECT status FROM payroll_run WHERE id = " + runId)) {
                    rs.next();
                    status = rs.getString(1);
                }
                if ("COMPUTED".equals(status)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                if ("FAILED".equals(status)) {
                    throw new IllegalStateException("The payroll job failed: see " + layout.logs());
                }
                Thread.sleep(200);
            }
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
