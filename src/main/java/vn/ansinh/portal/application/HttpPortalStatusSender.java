package vn.ansinh.portal.application;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The portal's status endpoint over HTTP: one JSON POST per status ({@link PortalStatusMessage#toJson()}), with a
 * bearer token when one is configured. A 2xx answer is accepted; any other answer, a timeout or an unreachable
 * portal is a failure to try again. The endpoint's contract is not confirmed [R] (src/docs/public-service-portal.md).
 */
public final class HttpPortalStatusSender implements PortalStatusSender {

    private final URI endpoint;
    private final String token;
    private final Duration timeout;
    private final HttpClient client;

    public HttpPortalStatusSender(URI endpoint, String token, Duration timeout) {
        this.endpoint = endpoint;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Delivery send(PortalStatusMessage message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toJson(), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 == 2) {
                return Delivery.ok();
            }
            String body = response.body() == null ? "" : response.body().strip();
            return Delivery.failed("HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + excerpt(body)));
        } catch (HttpConnectTimeoutException e) {
            return Delivery.failed("unreachable: connection timed out after " + timeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Delivery.failed("timeout: no answer after " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return Delivery.failed("unreachable: " + endpoint.getHost() + ":" + endpoint.getPort());
        } catch (IOException e) {
            return Delivery.failed("unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed("interrupted");
        }
    }

    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
