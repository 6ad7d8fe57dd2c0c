package vn.ansinh.shared.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Whether the login provider (Keycloak) is there before a browser is sent to its login page: one short request to
 * the realm. Away means nothing took the connection (refused, or not accepted within the connect timeout) or the
 * realm answered with a server error. A provider that took the connection but is slow to answer is there and busy
 * (under the load benchmark's ramp of 200 logins on a loaded machine it took more than 3 s): the browser is sent on
 * and waits for it, as it would without the probe, rather than being told that the login is unavailable.
 */
final class ProviderProbe {

    /** What the probe found. */
    enum Finding {
        ANSWERS(true),
        BUSY(true),
        AWAY(false);

        private final boolean sendOn;

        Finding(boolean sendOn) {
            this.sendOn = sendOn;
        }

        /** Whether the browser is sent to the provider's login page. */
        boolean sendOn() {
            return sendOn;
        }
    }

    private final HttpClient http;
    private final Duration answerTimeout;

    ProviderProbe(Duration connectTimeout, Duration answerTimeout) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.answerTimeout = answerTimeout;
    }

    /**
     * Asks the realm at {@code uri}: an answer below 500 counts as there; a connection not taken within the connect
     * timeout, refused or broken, or a server error, as away; no answer within the answer timeout on a connection it
     * took, as busy.
     */
    Finding probe(URI uri) throws InterruptedException {
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(uri).timeout(answerTimeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() < 500 ? Finding.ANSWERS : Finding.AWAY;
        } catch (HttpConnectTimeoutException e) {
            return Finding.AWAY;
        } catch (HttpTimeoutException e) {
            return Finding.BUSY;
        } catch (IOException e) {
            return Finding.AWAY;
        }
    }
}
