package vn.ansinh.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.shared.cluster.NodeHeartbeat;

/** Payara Micro running the WAR at the root context, bound to 127.0.0.1, from a clean root directory. */
final class PayaraServer implements AutoCloseable {

    /** The asadmin commands that put the batch job repository into the app's database (also in the Docker image). */
    static final String JOB_REPOSITORY_COMMANDS = "src/main/payara/job-repository.asadmin";

    private final ChildProcess process;

    private PayaraServer(ChildProcess process) {
        this.process = process;
    }

    static PayaraServer start(StackLayout layout, DatabaseServer database) {
        return start(layout, database, false);
    }

    /**
     * Starts Payara Micro; {@code again} when it starts again on the same database after it was killed (the
     * seal checkpoints of that database's chain are kept; the run directory is clean as always: the batch job
     * repository lives in the database).
     */
    static PayaraServer start(StackLayout layout, DatabaseServer database, boolean again) {
        return start(layout, database, null, again, null);
    }

    /**
     * Starts Payara Micro with a read replica for the reports ({@code ansinh.db.replica.*}); {@code replica} null
     * starts it without one, as {@link #start(StackLayout, DatabaseServer, boolean)}.
     */
    static PayaraServer start(StackLayout layout, DatabaseServer database, DatabaseServer replica, boolean again) {
        return start(layout, database, replica, again, null);
    }

    /** Starts Payara Micro as {@code node} of a cluster, without a replica. */
    static PayaraServer start(StackLayout layout, DatabaseServer database, boolean again, PayaraNode node) {
        return start(layout, database, null, again, node);
    }

    /**
     * Starts Payara Micro as {@code node} of a cluster, or alone ({@code node == null}: on the layout's app port,
     * without Hazelcast), with the reports' read replica when {@code replica} is not null.
     */
    static PayaraServer start(
            StackLayout layout, DatabaseServer database, DatabaseServer replica, boolean again, PayaraNode node) {
        int port = node == null ? layout.appPort() : node.httpPort();
        String ownUrl = node == null ? layout.appUrl() : node.url();
        Ports.requireFree(port, "Payara Micro (set ANSINH_APP_PORT to use another)");
        Path jar = layout.artifactsDir().resolve("payara-micro.jar");
        Path driver = layout.artifactsDir().resolve("mysql-connector-j.jar");
        Path jobRepository = layout.projectDir().resolve(JOB_REPOSITORY_COMMANDS);
        if (!Files.exists(jar) || !Files.exists(driver) || !Files.exists(layout.war())) {
            throw new IllegalStateException("Payara Micro, Connector/J or the WAR is missing (" + jar + ", " + driver
                    + ", " + layout.war() + "): run ./mvnw package first");
        }
        Path base = layout.home().resolve(node == null ? "payara" : "payara-" + node.name());
        Path root = base.resolve("root");
        try {
            // a reused root directory can deploy the app twice: always start from a clean one
            KeycloakServer.deleteTree(root);
            if (!again && (node == null || node.memberPorts().get(0) == node.clusterPort())) {
                // the database is new: checkpoints of an earlier run's chain would not match it
                KeycloakServer.deleteTree(layout.home().resolve("checkpoints"));
            }
            Files.createDirectories(base.resolve("tmp"));
            Path preboot = Files.writeString(
                    base.resolve("preboot.asadmin"),
                    "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                            + StackLayout.HOST + "\n");
            Path properties = Files.writeString(
                    base.resolve("ansinh.properties"),
                    String.join(
                                    "\n",
                                    "ansinh.db.url=" + escape(database.jdbcUrl()),
                                    "ansinh.db.user=" + escape(database.user()),
                                    "ansinh.db.password=" + escape(database.password()),
                                    // the batch runtime's schema: the job repository's tables go there
                                    "ansinh.db.name=" + escape(database.databaseName()),
                                    replicaSettings(replica),
                                    "ansinh.oidc.provider-uri=" + escape(layout.issuer()),
                                    "ansinh.oidc.client-id=ansinh-web",
                                    "ansinh.oidc.client-secret=" + escape(layout.clientSecret()),
                                    "ansinh.app.url=" + escape(layout.appUrl()),
                                    "ansinh.health.token=" + escape(layout.healthToken()),
                                    "ansinh.seal.checkpoint-dir="
                                            + escape(layout.home()
                                                    .resolve("checkpoints")
                                                    .toString()),
                                    "ansinh.storage.dir="
                                            + escape(layout.home()
                                                    .resolve("documents")
                                                    .toString()),
                                    // people per payroll partition (the tests make it small; PayrollKillDrillIT)
                                    "ansinh.payroll.partition-size="
                                            + System.getProperty("ansinh.payroll.partition-size", ""),
                                    // partitions computed at once (the payroll benchmark's option)
                                    "ansinh.payroll.threads=" + System.getProperty("ansinh.payroll.threads", ""),
                                    // when a killed node's payroll is given back (the tests make it short;
                                    // PayrollKillDrillIT)
                                    NodeHeartbeat.DEAD_AFTER_SETTING + "="
                                            + System.getProperty(NodeHeartbeat.DEAD_AFTER_SETTING, ""))
                            + "\n"
                            + passedOn());
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command =
                    new ArrayList<>(List.of(java.toString(), "-Xmx" + System.getProperty("ansinh.payara.xmx", "768m")));
            // further JVM options, e.g. the load benchmark's GC settings
            // (-Dansinh.payara.jvm="-XX:G1HeapRegionSize=4m")
            if (layout.shortLived()) {
                // an app for one test class boots in about 15 s instead of 21 s without the optimising compiler's
                // work at boot (BackupRestoreIT, 6 Dec 2026); what the tests time runs on the main app
                command.add("-XX:TieredStopAtLevel=1");
            }
            String jvm = System.getProperty("ansinh.payara.jvm", "").trim();
            if (!jvm.isEmpty()) {
                command.addAll(List.of(jvm.split("\\s+")));
            }
            ChildProcess child = ChildProcess.start(
                    "Payara Micro",
                    concat(
                            concat(
                                    command,
                                    "-Duser.timezone=UTC",
                                    "-Dfile.encoding=UTF-8",
                                    "-Djava.io.tmpdir=" + base.resolve("tmp"),
                                    "-jar",
                                    jar.toString(),
                                    "--deploy",
                                    layout.war().toString(),
                                    "--contextroot",
                                    "/",
                                    "--port",
                                    String.valueOf(port)),
                            node == null ? List.of("--nohazelcast") : node.clusterOptions(),
                            List.of(
                                    "--rootdir",
                                    root.toString(),
                                    "--prebootcommandfile",
                                    preboot.toString(),
                                    // the batch job repository: a server-level pool in the app's database
                                    "--addlibs",
                                    driver.toString(),
                                    "--postbootcommandfile",
                                    jobRepository.toString(),
                                    "--systemproperties",
                                    properties.toString())),
                    base,
                    Map.of(),
                    layout.logs().resolve(node == null ? "payara.log" : "payara-" + node.name() + ".log"));
            PayaraServer server = new PayaraServer(child);
            // the app's own readiness check ("database") proves the app is deployed and migrated
            child.awaitHttp(
                    ownUrl + "/health/ready",
                    // it boots beside Keycloak (LocalStack): on a loaded 2-core machine both take longer
                    Duration.ofMinutes(10),
                    "\"database\"",
                    // the app failed to deploy: Payara Micro runs on without it, so the readiness check would never
                    // answer and the run command wait out its ten minutes
                    DEPLOYMENT_FAILED);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Payara Micro", e);
        }
    }

    /**
     * Settings handed on to the app when the run command sets them, e.g. the address of a stand-in server
     * ({@code ANSINH_STANDINS=true}, {@link RunLocal}); a setting left out keeps the app's default.
     */
    static final List<String> PASSED_ON = List.of("ansinh.population.url");

    private static String passedOn() {
        StringBuilder lines = new StringBuilder();
        for (String key : PASSED_ON) {
            String value = System.getProperty(key);
            if (value != null && !value.isBlank()) {
                lines.append(key).append('=').append(escape(value)).append('\n');
            }
        }
        return lines.toString();
    }

    /** What Payara Micro's log says when the app did not deploy (GlassFish's deployment and lifecycle messages). */
    static final String[] DEPLOYMENT_FAILED = {
        "Exception while invoking class", "Exception while loading the app", "Exception during lifecycle processing"
    };

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }

    /** Kills Payara Micro with SIGKILL (a crash: nothing is stopped cleanly) and returns its process id. */
    long kill() {
        long pid = process.pid();
        process.kill();
        return pid;
    }

    String logTail() {
        return process.tail();
    }

    /** Whether the server's log says it (a cluster's membership, say). */
    boolean logContains(String text) {
        return process.logContains(text);
    }

    /** The replica's settings, or none (the app then reads everything from the primary). */
    private static String replicaSettings(DatabaseServer replica) {
        if (replica == null) {
            return "";
        }
        return String.join(
                "\n",
                "ansinh.db.replica.url=" + escape(replica.jdbcUrl()),
                "ansinh.db.replica.user=" + escape(replica.user()),
                "ansinh.db.replica.password=" + escape(replica.password()));
    }

    @Override
    public void close() {
        process.close();
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    private static List<String> concat(List<String> first, List<String> second, List<String> third) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }
}
