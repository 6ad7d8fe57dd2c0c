package vn.ansinh.devstack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command and the test stack wait for a server with {@link ChildProcess#awaitHttp}: a process whose log says
 * the app did not deploy is given up at once with its log, not waited for until the deadline (a real process, a shell
 * writing Payara Micro's message, and a port nobody listens on).
 */
class ChildProcessTest {

    @Test
    void aServerWhoseLogSaysTheDeploymentFailedIsGivenUpWithItsLogNotWaitedFor(@TempDir Path dir) throws Exception {
        int unused;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            unused = socket.getLocalPort();
        }
        try (ChildProcess server = ChildProcess.start(
                "Payara Micro",
                List.of(
                        "sh",
                        "-c",
                        "echo 'SEVERE: Exception while loading the app : CDI deployment failure'; exec sleep 120"),
                dir,
                Map.of(),
                dir.resolve("logs/payara.log"))) {
            assertThatThrownBy(() -> server.awaitHttp(
                            "http://127.0.0.1:" + unused + "/health/ready",
                            Duration.ofMinutes(10),
                            "\"database\"",
                            PayaraServer.DEPLOYMENT_FAILED))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Payara Micro failed to start")
                    .hasMessageContaining("Exception while loading the app")
                    .hasMessageContaining("CDI deployment failure")
                    .hasMessageNotContaining("was not ready");
        }
    }
}
