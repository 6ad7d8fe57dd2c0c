package vn.ansinh.population.application;

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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.population.domain.PopulationRegistry;

/**
 * The population database over HTTP: {@code POST} of {@link PopulationJson}'s request to one endpoint, in chunks of
 * at most {@code batchSize} people, with a connect timeout and a timeout for the whole answer. Every failure becomes
 * an {@link vn.ansinh.population.domain.CheckOutcome#UNAVAILABLE} answer with a message key, never an exception:
 * {@code population.unavailable.timeout} (no answer in time), {@code .unreachable} (no connection),
 * {@code .error} (an HTTP status other than 200), {@code .malformed} (not the documented JSON).
 */
public final class HttpPopulationRegistry implements PopulationRegistry {

    private static final Logger LOG = Logger.getLogger(HttpPopulationRegistry.class.getName());

    private static final String TIMEOUT = "population.unavailable.timeout";
    private static final String UNREACHABLE = "population.unavailable.unreachable";

    private final URI endpoint;
    private final Duration readTimeout;
    private final int batchSize;
    private final HttpClient client;

    public HttpPopulationRegistry(URI endpoint, Duration connectTimeout, Duration readTimeout, int batchSize) {
        this.endpoint = endpoint;
        this.readTimeout = readTimeout;
        this.batchSize = Math.max(1, batchSize);
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * {@inheritDoc} Once a request times out or finds no server, the later chunks are not sent: they get the same
     * answer at once, so a commune's check during an outage takes one timeout, not one per chunk.
     */
    @Override
    public List<PopulationAnswer> check(List<PopulationQuery> queries) {
        List<PopulationAnswer> answers = new ArrayList<>(queries.size());
        String down = null;
        for (int from = 0; from < queries.size(); from += batchSize) {
            List<PopulationQuery> chunk = queries.subList(from, Math.min(queries.size(), from + batchSize));
            List<PopulationAnswer> chunkAnswers = down == null ? chunk(chunk) : unavailable(chunk, down);
            answers.addAll(chunkAnswers);
            String key = chunkAnswers.isEmpty() ? null : chunkAnswers.get(0).messageKey();
            if (TIMEOUT.equals(key) || UNREACHABLE.equals(key)) {
                down = key;
            }
        }
        return answers;
    }

    private List<PopulationAnswer> chunk(List<PopulationQuery> queries) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PopulationJson.request(queries), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.warning(() -> "population database answered HTTP " + response.statusCode());
                return unavailable(queries, "population.unavailable.error");
            }
            return PopulationJson.answers(response.body(), queries);
        } catch (HttpConnectTimeoutException | ConnectException e) {
            LOG.log(Level.WARNING, "population database unreachable at " + endpoint, e);
            return unavailable(queries, UNREACHABLE);
        } catch (HttpTimeoutException e) {
            LOG.log(Level.WARNING, "population database did not answer in time", e);
            return unavailable(queries, TIMEOUT);
        } catch (PopulationJson.MalformedResponse e) {
            LOG.log(Level.WARNING, "population database answered malformed JSON", e);
            return unavailable(queries, "population.unavailable.malformed");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "population database exchange failed", e);
            return unavailable(queries, UNREACHABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable(queries, UNREACHABLE);
        }
    }

    static List<PopulationAnswer> unavailable(List<PopulationQuery> queries, String key) {
        return queries.stream()
                .map(q -> PopulationAnswer.unavailable(q.ref(), key))
                .toList();
    }
}
