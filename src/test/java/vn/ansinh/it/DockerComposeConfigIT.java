package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No Docker engine runs on the development and CI machines, so the production-like compose files are
 * checked the only way possible here: the compose client must accept them (`config`), and the resolved
 * configuration must say what the deployment depends on.
 */
class DockerComposeConfigIT {

    @Test
    void theComposeFileIsValidWithTheExampleEnvironment() throws Exception {
        String output = config("docker/compose.yaml");

        assertThat(output)
                .contains("mysql:8.4")
                .contains("quay.io/keycloak/keycloak:26.7.3")
                .contains("--import-realm")
                .contains("ANSINH_OIDC_PROVIDER_URI: http://sso.ansinh.test:8180/realms/ansinh")
                // production requires the second factor of approvers and administrators (realm placeholder)
                .contains("ANSINH_SECOND_FACTOR: CONDITIONAL");
    }

    @Test
    void theClusterComposeFileHasTwoClusteredNodesBehindAProxyAndAReadReplica() throws Exception {
        JsonNode services =
                new YAMLMapper().readTree(config("docker/compose.cluster.yaml")).path("services");

        assertThat(services.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("db", "db-replica", "keycloak", "app1", "app2", "proxy");
        for (String node : List.of("app1", "app2")) {
            JsonNode app = services.path(node);
            assertThat(app.path("image").asText()).as(node).isEqualTo("ansinh-app:latest");
            assertThat(app.path("command").toString())
                    .as(node)
                    .contains("\"--clustermode\",\"tcpip:app1:6900,app2:6900\"")
                    .doesNotContain("--nohazelcast");
            assertThat(app.at("/environment/ANSINH_DB_URL").asText()).startsWith("jdbc:mysql://db:3306/ansinh?");
            assertThat(app.at("/environment/ANSINH_DB_REPLICA_URL").asText())
                    .startsWith("jdbc:mysql://db-replica:3306/ansinh?");
            assertThat(app.at("/healthcheck/test").toString()).contains("GET /health/ready ");
            assertThat(app.at("/depends_on/db/condition").asText()).isEqualTo("service_healthy");
            assertThat(app.path("ports").isMissingNode())
                    .as(node + " is reached through the proxy only")
                    .isTrue();
        }
        assertThat(services.at("/app1/volumes")).isEqualTo(services.at("/app2/volumes"));

        assertThat(services.at("/db/command").toString())
                .contains("--server-id=1", "--gtid-mode=ON", "--enforce-gtid-consistency=ON", "--log-bin=mysql-bin");
        assertThat(services.at("/db/volumes").toString())
                .contains("/docker-entrypoint-initdb.d/03-replication-user.sh");
        assertThat(services.at("/db-replica/command").toString())
                .contains("--server-id=2", "--gtid-mode=ON", "--read-only=ON");
        assertThat(services.at("/db-replica/volumes").toString()).contains("mysql-replica-init");
        assertThat(services.at("/db-replica/environment/MYSQL_DATABASE").isMissingNode())
                .isTrue();
        assertThat(services.at("/db-replica/healthcheck/test").toString()).contains("Replica_SQL_Running: Yes");

        JsonNode proxy = services.path("proxy");
        assertThat(proxy.path("image").asText()).startsWith("haproxy:");
        assertThat(proxy.path("volumes").toString()).contains("haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");
        String haproxy = Files.readString(Path.of("docker/haproxy/haproxy.cfg"));
        assertThat(haproxy)
                .contains("cookie ANSINH_NODE insert")
                .contains("http-check send meth GET uri /health/ready")
                .contains("server app1 app1:8080 check cookie app1")
                .contains("server app2 app2:8080 check cookie app2");
    }

    @Test
    void theClusterComposeFileRefusesToStartWithoutTheReplicationPassword(@TempDir Path dir) throws Exception {
        Path env = dir.resolve("env");
        Files.write(
                env,
                Files.readAllLines(Path.of("docker/.env.example")).stream()
                        .filter(line -> !line.startsWith("ANSINH_DB_REPLICATION_PASSWORD="))
                        .toList());

        Result result = run("docker/compose.cluster.yaml", env.toString());

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("set ANSINH_DB_REPLICATION_PASSWORD in docker/.env");
    }

    private static String config(String file) throws Exception {
        Result result = run(file, "docker/.env.example");
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    private static Result run(String file, String envFile) throws Exception {
        List<String> command = new ArrayList<>(composeClient());
        command.addAll(List.of("-f", file, "--env-file", envFile, "config"));
        Process process = new ProcessBuilder(command).start();
        // stdout is the configuration only; errors and warnings go to stderr
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() == 0 ? new Result(0, output) : new Result(process.exitValue(), errors + output);
    }

    private record Result(int exitCode, String output) {}

    private static List<String> composeClient() throws IOException, InterruptedException {
        if (works("docker", "compose", "version")) {
            return List.of("docker", "compose");
        }
        if (works("docker-compose", "version")) {
            return List.of("docker-compose");
        }
        throw new IllegalStateException("Neither `docker compose` nor `docker-compose` is installed: "
                + "sudo apt-get install docker-compose (.ci/run installs it)");
    }

    private static boolean works(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
