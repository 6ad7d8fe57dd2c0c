package vn.ansinh.population.application;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationField;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.shared.kernel.Jsons;

/**
 * A stand-in for the population database, on the JDK's HTTP server, answering {@code POST /v1/persons/check} with
 * the documented JSON from a small file of fixture people ({@code population/stand-in-people.json} on the class
 * path by default). For tests of the client, the query string can make it misbehave: {@code ?delayMs=3000} answers
 * late, {@code ?answer=error} answers HTTP 500, {@code ?answer=garbage} answers text that is not JSON.
 *
 * <p>Run alone: {@code java -cp <classes and dependencies> vn.ansinh.population.application.PopulationStandIn
 * [port] [people.json]} (it listens on 127.0.0.1 only), then set {@code ansinh.population.url} to
 * {@code http://127.0.0.1:<port>/v1/persons/check}.
 */
public final class PopulationStandIn implements AutoCloseable {

    public static final String PATH = "/v1/persons/check";

    private final HttpServer server;
    private final Map<String, FixturePerson> people;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    /** A person the stand-in knows, as the population database would hold them. */
    public record FixturePerson(
            String personalId, String fullName, String birthDate, String sex, String residence, LocalDate deathDate) {}

    private PopulationStandIn(HttpServer server, Map<String, FixturePerson> people) {
        this.server = server;
        this.people = people;
        server.createContext(PATH, this::handle);
    }

    /** Starts on 127.0.0.1 at the port (0: any free one) with the fixture people of the class path. */
    public static PopulationStandIn start(int port) throws IOException {
        try (InputStream in = PopulationStandIn.class.getResourceAsStream("/population/stand-in-people.json")) {
            if (in == null) {
                throw new IOException("population/stand-in-people.json is not on the class path");
            }
            return start(port, readPeople(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    public static PopulationStandIn start(int port, Map<String, FixturePerson> people) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PopulationStandIn standIn = new PopulationStandIn(server, people);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "population-stand-in");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return standIn;
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8190;
        PopulationStandIn standIn = args.length > 1
                ? start(port, readPeople(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)))
                : start(port);
        Logger.getLogger(PopulationStandIn.class.getName()).info(() -> "population stand-in on " + standIn.endpoint());
    }

    /** The address to set as {@code ansinh.population.url}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** How many requests the stand-in received since it started. */
    public int requestsReceived() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Reads {@code {"people":[{personalId, fullName, birthDate, sex, residence, deathDate}]}}. */
    public static Map<String, FixturePerson> readPeople(String json) {
        Map<String, FixturePerson> people = new HashMap<>();
        try (JsonReader reader = Jsons.createReader(new java.io.StringReader(json))) {
            for (JsonValue value : reader.readObject().getJsonArray("people")) {
                JsonObject p = value.asJsonObject();
                String death = p.containsKey("deathDate") && !p.isNull("deathDate") ? p.getString("deathDate") : null;
                people.put(
                        p.getString("personalId"),
                        new FixturePerson(
                                p.getString("personalId"),
                                p.getString("fullName"),
                                p.getString("birthDate"),
                                p.getString("sex"),
                                p.getString("residence"),
                                death == null ? null : LocalDate.parse(death)));
            }
        }
        return Map.copyOf(people);
    }

    /** The answer the stand-in gives to one query: the comparison, field by field. */
    public PopulationAnswer answer(PopulationQuery query) {
        FixturePerson person = people.get(query.personalId());
        if (person == null) {
            return PopulationAnswer.notFound(query.ref());
        }
        List<PopulationField> matched = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        compare(
                PopulationField.FULL_NAME,
                name(query.fullName()),
                name(person.fullName()),
                person.fullName(),
                matched,
                mismatches);
        compareDate(query.birthDate(), person.birthDate(), matched, mismatches);
        compare(PopulationField.SEX, query.sex(), person.sex(), person.sex(), matched, mismatches);
        compare(
                PopulationField.RESIDENCE,
                query.residence(),
                person.residence(),
                person.residence(),
                matched,
                mismatches);
        return PopulationAnswer.found(query.ref(), matched, mismatches, person.deathDate() != null, person.deathDate());
    }

    private static void compare(
            PopulationField field,
            String ours,
            String theirs,
            String registryValue,
            List<PopulationField> matched,
            List<Mismatch> mismatches) {
        if (ours == null) {
            return;
        }
        if (ours.equals(theirs)) {
            matched.add(field);
        } else {
            mismatches.add(new Mismatch(field, registryValue));
        }
    }

    /** A date known less precisely on one side matches when the other begins with it ({@code 1948} and {@code 1948-03-15}). */
    private static void compareDate(
            String ours, String theirs, List<PopulationField> matched, List<Mismatch> mismatches) {
        if (ours == null) {
            return;
        }
        if (theirs.startsWith(ours) || ours.startsWith(theirs)) {
            matched.add(PopulationField.BIRTH_DATE);
        } else {
            mismatches.add(new Mismatch(PopulationField.BIRTH_DATE, theirs));
        }
    }

    private static String name(String name) {
        return name == null
                ? null
                : Normalizer.normalize(name, Normalizer.Form.NFC)
                        .strip()
                        .replaceAll("\\s+", " ")
                        .toLowerCase(Locale.forLanguageTag("vi"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            Map<String, String> params = params(query);
            if (params.containsKey("delayMs")) {
                try {
                    Thread.sleep(Long.parseLong(params.get("delayMs")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "POST only");
                return;
            }
            if ("error".equals(params.get("answer"))) {
                send(exchange, 500, "text/plain", "stand-in error");
                return;
            }
            if ("garbage".equals(params.get("answer"))) {
                send(exchange, 200, "application/json", "<html>not json {\"results\":");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<PopulationQuery> queries;
            try {
                queries = PopulationJson.readRequest(body);
            } catch (RuntimeException e) {
                send(exchange, 400, "text/plain", "bad request");
                return;
            }
            send(
                    exchange,
                    200,
                    "application/json; charset=utf-8",
                    PopulationJson.response(queries.stream().map(this::answer).toList()));
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
