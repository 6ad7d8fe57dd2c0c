package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the development and CI machines, so the production-like compose file is
 * checked the only way possible here: the compose client must accept it (`config`).
 */
class DockerComposeConfigIT {

    @Test
    void theComposeFileIsValidWithTheExampleEnvironment() throws Exception {
        List<String> command = new ArrayList<>(composeClient());
        command.addAll(List.of("-f", "docker/compose.yaml", "--env-file", "docker/.env.example", "config"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("mysql:8.4")
                .contains("quay.io/keycloak/keycloak:26.7.3")
                .contains("--import-realm")
                .contains("ANSINH_OIDC_PROVIDER_URI: http://sso.ansinh.test:8180/realms/ansinh")
                // production requires the second factor of approvers and administrators (realm placeholder)
                .contains("ANSINH_SECOND_FACTOR: CONDITIONAL");
    }

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
