package vn.ansinh.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.portal.application.HttpPortalStatusSender;
import vn.ansinh.portal.application.PortalStatusMessage;
import vn.ansinh.portal.application.PortalStatusSender.Delivery;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.PortalStatusChange;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The HTTP status sender against a stand-in portal (a real JDK HTTP server on a free port): accepted, a 500 then a
 * retry that goes through, a portal too slow to answer, a portal that is not there.
 */
class HttpPortalStatusSenderTest {

    static final Instant AT = Instant.parse("2026-12-05T03:00:00Z");
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private HttpServer portal;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** The status codes the stand-in answers, in turn (200 once they run out); -1 waits 3 s before answering. */
    private final LinkedBlockingQueue<Integer> answers = new LinkedBlockingQueue<>();

    @BeforeEach
    void startThePortal() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/api/status", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            Integer answer = answers.poll();
            int status = answer == null ? 200 : answer;
            if (status == -1) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            }
            byte[] body =
                    (status == 200 ? "{\"ok\":true}" : "{\"error\":\"internal\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        portal.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        portal.start();
    }

    @AfterEach
    void stopThePortal() {
        portal.stop(0);
    }

    private HttpPortalStatusSender sender(Duration timeout) {
        return new HttpPortalStatusSender(
                URI.create("http://127.0.0.1:" + portal.getAddress().getPort() + "/api/status"), "secret", timeout);
    }

    private static JsonObject json(String body) {
        return Jsons.createReader(new StringReader(body)).readObject();
    }

    @Test
    void aDecidedDossierIsAcceptedWithItsDecisionInBase64() {
        Delivery delivery = sender(Duration.ofSeconds(5))
                .send(new PortalStatusMessage(
                        "H11.34-261203-0001", PortalStatus.DECIDED, AT, null, "quyet-dinh-12-QD-UBND.pdf", PDF));

        assertThat(delivery.accepted()).isTrue();
        assertThat(bodies).hasSize(1);
        JsonObject sent = json(bodies.get(0));
        assertThat(sent.getString("dossierNumber")).isEqualTo("H11.34-261203-0001");
        assertThat(sent.getString("status")).isEqualTo("DECIDED");
        assertThat(sent.getString("timestamp")).isEqualTo("2026-12-05T10:00+07:00");
        assertThat(Base64.getDecoder().decode(sent.getJsonObject("decision").getString("base64")))
                .isEqualTo(PDF);
        assertThat(sent.getJsonObject("decision").getString("fileName")).isEqualTo("quyet-dinh-12-QD-UBND.pdf");
        assertThat(authorizations).containsExactly("Bearer secret");
    }

    @Test
    void aRefusalCarriesItsReason() {
        Delivery delivery = sender(Duration.ofSeconds(5))
                .send(new PortalStatusMessage(
                        "H11.34-261203-0002", PortalStatus.REFUSED, AT, "Không đủ điều kiện tuổi", null, null));

        assertThat(delivery.accepted()).isTrue();
        JsonObject sent = json(bodies.get(0));
        assertThat(sent.getString("reason")).isEqualTo("Không đủ điều kiện tuổi");
        assertThat(sent.containsKey("decision")).isFalse();
    }

    @Test
    void anErrorOfThePortalIsKeptAndTheStatusGoesAgainLater() {
        answers.add(500);
        PortalStatusChange change = PortalStatusChange.of(dossier(), PortalStatus.RECEIVED, null, null, AT);
        PortalStatusMessage message =
                new PortalStatusMessage("H11.34-261203-0003", PortalStatus.RECEIVED, AT, null, null, null);
        HttpPortalStatusSender sender = sender(Duration.ofSeconds(5));

        Delivery first = sender.send(message);
        assertThat(first.accepted()).isFalse();
        assertThat(first.error()).startsWith("HTTP 500").contains("internal");
        change.failed(first.error(), AT);
        assertThat(change.isSent()).isFalse();
        assertThat(change.nextAttemptAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(change.lastError()).startsWith("HTTP 500");

        Delivery second = sender.send(message);
        assertThat(second.accepted()).isTrue();
        change.sent(AT.plusSeconds(60));
        assertThat(change.isSent()).isTrue();
        assertThat(change.attempts()).isEqualTo(2);
        assertThat(change.nextAttemptAt()).isNull();
        assertThat(bodies).hasSize(2);
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToAnHour() {
        PortalStatusChange change = PortalStatusChange.of(dossier(), PortalStatus.PROCESSING, null, null, AT);
        List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            change.failed("HTTP 503", AT);
            waits.add(Duration.between(AT, change.nextAttemptAt()).toMinutes());
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void aPortalTooSlowToAnswerIsATimeout() {
        answers.add(-1);
        long start = System.nanoTime();
        Delivery delivery = sender(Duration.ofSeconds(1))
                .send(new PortalStatusMessage("H11.34-261203-0004", PortalStatus.RECEIVED, AT, null, null, null));

        assertThat(delivery.accepted()).isFalse();
        assertThat(delivery.error()).startsWith("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
    }

    @Test
    void aPortalThatIsNotThereIsUnreachable() {
        HttpPortalStatusSender sender = sender(Duration.ofSeconds(2));
        portal.stop(0);

        Delivery delivery =
                sender.send(new PortalStatusMessage("H11.34-261203-0005", PortalStatus.RECEIVED, AT, null, null, null));

        assertThat(delivery.accepted()).isFalse();
        assertThat(delivery.error()).startsWith("unreachable");
    }

    @Test
    void aDecidedDossierWithoutItsDecisionOrARefusalWithoutReasonIsNotSent() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PortalStatusMessage("X", PortalStatus.DECIDED, AT, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PortalStatusMessage("X", PortalStatus.REFUSED, AT, " ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PortalDossier dossier() {
        return PortalDossier.imported("H11.34-261203-0003", "1.014028", 1L, "03253", AT, "{}", "officer", AT);
    }
}
