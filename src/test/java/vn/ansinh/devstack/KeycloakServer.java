package vn.ansinh.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak 26 in development mode (its own store under its home), bound to 127.0.0.1, importing the
 * realm from {@code realm-config/}. The distribution zip comes from Maven Central through the build.
 */
final class KeycloakServer implements AutoCloseable {

    static final String CLIENT_SECRET = "ansinh-dev-secret";
    static final String ADMIN_USER = "kcadmin";
    static final String ADMIN_PASSWORD = "kcadmin-dev";

    private final ChildProcess process;

    private KeycloakServer(ChildProcess process) {
        this.process = process;
    }

    static KeycloakServer start(StackLayout layout) {
        return start(layout, false);
    }

    /** Starts Keycloak; with {@code keepStore} on the store of its last run (a restart), without a realm import. */
    static KeycloakServer start(StackLayout layout, boolean keepStore) {
        Ports.requireFree(layout.keycloakPort(), "Keycloak (set ANSINH_KEYCLOAK_PORT to use another)");
        Path home = unpack(
                layout.artifactsDir().resolve("keycloak-quarkus-dist.zip"),
                layout.home().resolve("keycloak"));
        if (!keepStore) {
            prepareRealm(layout, home);
        }
        Path tmp = home.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "ANSINH_APP_URL",
                layout.appUrl(),
                "ANSINH_OIDC_CLIENT_SECRET",
                CLIENT_SECRET,
                "JAVA_OPTS_APPEND",
                "-Djava.io.tmpdir=" + tmp + " -Dvertx.cacheDirBase=" + tmp,
                "JAVA_HOME",
                System.getProperty("java.home"));
        ChildProcess child = ChildProcess.start(
                "Keycloak",
                List.of(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=" + StackLayout.HOST,
                        "--http-port=" + layout.keycloakPort(),
                        "--import-realm"),
                home,
                env,
                layout.logs().resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(child);
        child.awaitHttp(layout.issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(8), "\"issuer\"");
        return server;
    }

    /** Unpacks the distribution once; a later start reuses it (and its one-time build step). */
    private static synchronized Path unpack(Path zip, Path target) {
        Path home = target.resolve("dist");
        // whole: the launcher and the runner it starts (a dist without its lib/ is left over from a broken unpacking)
        if (Files.exists(home.resolve("bin/kc.sh")) && Files.exists(home.resolve("lib/quarkus-run.jar"))) {
            return home;
        }
        try {
            deleteTree(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the incomplete Keycloak at " + home, e);
        }
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip + ": run ./mvnw package first");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            // a staging folder of this unpacking's own: one left by an unpacking that died is removed first
            deleteTree(target.resolve("staging"));
            Path staging = Files.createTempDirectory(Files.createDirectories(target), "staging-");
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IllegalStateException("Unexpected path in Keycloak zip: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (Stream<Path> top = Files.list(staging)) {
                Path unpacked = top.findFirst().orElseThrow();
                Files.move(unpacked, home);
            }
            deleteTree(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak from " + zip, e);
        }
    }

    /**
     * Copies the realm for import. Keycloak skips a realm that already exists, so when the realm file
     * changed (or a fresh realm is wanted, as in tests) the dev store is removed and re-imported.
     */
    private static void prepareRealm(StackLayout layout, Path home) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(layout.realmFile(), importDir.resolve("ansinh-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path stamp = home.resolve("data/realm.sha256");
            String digest = sha256(layout.realmFile());
            boolean changed = !Files.exists(stamp) || !Files.readString(stamp).equals(digest);
            if (layout.freshKeycloakRealm() || changed) {
                deleteTree(home.resolve("data/h2"));
            }
            Files.writeString(stamp, digest);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the realm import", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
