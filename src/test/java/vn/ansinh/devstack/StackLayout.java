package vn.ansinh.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one local stack keeps its files and which loopback ports it uses. The run command and the
 * test suite each have their own layout, so both can run side by side on one machine. {@code shortLived}: an app
 * that lives for one test class (the drills' apps, the cluster test's nodes), which Payara Micro boots with the
 * client compiler only ({@link PayaraServer}); the run command's, the benchmarks' and the suite's main app keep both.
 */
public record StackLayout(
        Path projectDir,
        Path artifactsDir,
        Path war,
        Path home,
        int appPort,
        int keycloakPort,
        int embeddedDbPort,
        String databaseName,
        boolean useMachineDatabase,
        boolean freshKeycloakRealm,
        boolean honourExternalKeycloak,
        boolean shortLived) {

    public static final String HOST = "127.0.0.1";

    /** The layout of {@code ./run.sh}: data under {@code .ansinh/} in the project, kept between runs. */
    public static StackLayout forRun() {
        Path project = locateProjectDir();
        return new StackLayout(
                project,
                locateArtifacts(project),
                locateWar(project),
                project.resolve(".ansinh"),
                intEnv("ANSINH_APP_PORT", 8080),
                intEnv("ANSINH_KEYCLOAK_PORT", 8180),
                intEnv("ANSINH_EMBEDDED_DB_PORT", 3307),
                "ansinh",
                false,
                false,
                true,
                false);
    }

    /**
     * The layout of the test suite: everything under {@code target/it-stack}, a fresh schema each run.
     * The machine's MariaDB on 127.0.0.1:3306 is used when reachable, unless
     * {@code ANSINH_IT_DATABASE=embedded} asks for the embedded one. The database is {@code ansinh_it}
     * (and {@code ansinh_it_data} for the data-layer tests), or the name in {@code ANSINH_IT_DB_NAME}:
     * two test runs sharing the machine's server must not drop each other's databases.
     */
    public static StackLayout forTests() {
        Path project = locateProjectDir();
        return new StackLayout(
                project,
                locateArtifacts(project),
                locateWar(project),
                project.resolve("target").resolve("it-stack"),
                intEnv("ANSINH_IT_APP_PORT", 18080),
                intEnv("ANSINH_IT_KEYCLOAK_PORT", 18180),
                intEnv("ANSINH_IT_EMBEDDED_DB_PORT", 13307),
                textEnv("ANSINH_IT_DB_NAME", "ansinh_it"),
                !"embedded".equals(System.getenv("ANSINH_IT_DATABASE")),
                true,
                false,
                false);
    }

    /**
     * The layout of the fault drills' own app (FaultDrillsIT): Payara Micro on {@code ANSINH_IT_DRILL_APP_PORT}
     * (18089) against an embedded MariaDB of its own on {@code ANSINH_IT_DRILL_DB_PORT} (13308), which the drills
     * stop and start again, never the machine's server. It uses the test stack's Keycloak. Files under
     * {@code target/it-stack/drills}.
     */
    public static StackLayout forFaultDrills() {
        StackLayout tests = forTests();
        return new StackLayout(
                tests.projectDir,
                tests.artifactsDir,
                tests.war,
                tests.home.resolve("drills"),
                intEnv("ANSINH_IT_DRILL_APP_PORT", 18089),
                tests.keycloakPort,
                intEnv("ANSINH_IT_DRILL_DB_PORT", 13308),
                tests.databaseName + "_drill",
                false,
                true,
                false,
                true);
    }

    /**
     * The layout of the app the backup and restore drill starts on the restored database (BackupRestoreIT): Payara Micro
     * on {@code ANSINH_IT_RESTORE_APP_PORT} (18091), the test stack's Keycloak, the restored document store under
     * {@code target/it-stack/restored/documents}.
     */
    public static StackLayout forRestoreDrill() {
        StackLayout tests = forTests();
        return new StackLayout(
                tests.projectDir,
                tests.artifactsDir,
                tests.war,
                tests.home.resolve("restored"),
                intEnv("ANSINH_IT_RESTORE_APP_PORT", 18091),
                tests.keycloakPort,
                tests.embeddedDbPort,
                tests.databaseName + "_restored",
                tests.useMachineDatabase,
                true,
                false,
                true);
    }

    /**
     * The layout of the cluster test (ClusterFailoverIT): HAProxy on {@code ANSINH_IT_CLUSTER_PORT} (18095), the nodes on
     * the next ports (18096, 18097) and their Hazelcast on {@code ANSINH_IT_CLUSTER_HZ_PORT} (15901) and up, the test
     * stack's Keycloak, an embedded primary on {@code ANSINH_IT_REPLICA_DB_PORT} + 2 (13312) with its read replica on
     * the port after (the nodes' reports read it); files under {@code target/it-stack/cluster}.
     */
    public static StackLayout forClusterTests() {
        StackLayout tests = forTests();
        return new StackLayout(
                tests.projectDir,
                tests.artifactsDir,
                tests.war,
                tests.home.resolve("cluster"),
                intEnv("ANSINH_IT_CLUSTER_PORT", 18095),
                tests.keycloakPort,
                // an embedded primary and its read replica of the cluster's own (the port and the next)
                intEnv("ANSINH_IT_REPLICA_DB_PORT", 13310) + 2,
                tests.databaseName + "_cluster",
                false,
                true,
                false,
                true);
    }

    /** The first Hazelcast port of the cluster test's nodes ({@link #forClusterTests}). */
    public static int clusterTestsHazelcastPort() {
        return intEnv("ANSINH_IT_CLUSTER_HZ_PORT", 15901);
    }

    /** The first Hazelcast port of the run command's cluster ({@code ANSINH_CLUSTER}): {@code ANSINH_HZ_PORT}, 5901. */
    public static int runHazelcastPort() {
        return intEnv("ANSINH_HZ_PORT", 5901);
    }

    /** The port of the cluster trial's read replica ({@code ANSINH_REPLICA_DB_PORT}, 3308). */
    public static int runReplicaPort() {
        return intEnv("ANSINH_REPLICA_DB_PORT", 3308);
    }

    public String appUrl() {
        return "http://" + HOST + ":" + appPort;
    }

    public String keycloakUrl() {
        return "http://" + HOST + ":" + keycloakPort;
    }

    /**
     * The OpenID Connect issuer the app uses: an existing Keycloak named by
     * {@code ANSINH_OIDC_PROVIDER_URI} (run command only), otherwise the local one.
     */
    public String issuer() {
        return externalKeycloak() ? System.getenv("ANSINH_OIDC_PROVIDER_URI") : keycloakUrl() + "/realms/ansinh";
    }

    public boolean externalKeycloak() {
        String uri = System.getenv("ANSINH_OIDC_PROVIDER_URI");
        return honourExternalKeycloak && uri != null && !uri.isBlank();
    }

    public String clientSecret() {
        String secret = System.getenv("ANSINH_OIDC_CLIENT_SECRET");
        return externalKeycloak() && secret != null ? secret : KeycloakServer.CLIENT_SECRET;
    }

    /**
     * The operators' token for the details of {@code /health}: {@code ANSINH_HEALTH_TOKEN} if set,
     * otherwise a fixed one for this machine's run and tests (like the client secret's default).
     */
    public String healthToken() {
        String token = System.getenv("ANSINH_HEALTH_TOKEN");
        return token != null && !token.isBlank() ? token.strip() : "ansinh-dev-health-token";
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path realmFile() {
        return projectDir.resolve("realm-config").resolve("ansinh-realm.json");
    }

    private static Path locateProjectDir() {
        String dir = System.getProperty("ansinh.project.dir");
        Path path = dir != null ? Path.of(dir) : Path.of("").toAbsolutePath();
        if (!Files.exists(path.resolve("pom.xml"))) {
            throw new IllegalStateException("Cannot find the AnSinh project directory (no pom.xml in " + path + ")");
        }
        return path.toAbsolutePath();
    }

    private static Path locateArtifacts(Path project) {
        String dir = System.getProperty("ansinh.stack.dir");
        return dir != null ? Path.of(dir) : project.resolve("target").resolve("stack");
    }

    private static Path locateWar(Path project) {
        String war = System.getProperty("ansinh.war");
        return war != null ? Path.of(war) : project.resolve("target").resolve("ansinh.war");
    }

    private static String textEnv(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalStateException(
                    name + " must be a database name of lower-case letters, digits and _: " + value);
        }
        return value.strip();
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
