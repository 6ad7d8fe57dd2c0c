package vn.ansinh.population.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationField;
import vn.ansinh.population.domain.PopulationQuery;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The JSON of the exchange with the population database, as documented in {@code src/docs/population-check.md}
 * (UTF-8, ISO dates). Request: {@code {"persons":[{"ref","personalId","fullName","birthDate","sex","residence"}]}};
 * response: {@code {"results":[{"ref","found","matched":[…],"mismatches":[{"field","registryValue"}],"deceased",
 * "deathDate"}]}}. [R] The format is AnSinh's own: the platforms' real one is not published.
 */
public final class PopulationJson {

    private PopulationJson() {}

    /** The request body for the queries. */
    public static String request(List<PopulationQuery> queries) {
        JsonArrayBuilder persons = Jsons.createArrayBuilder();
        for (PopulationQuery q : queries) {
            JsonObjectBuilder person =
                    Jsons.createObjectBuilder().add("ref", q.ref()).add("personalId", q.personalId());
            addOrNull(person, "fullName", q.fullName());
            addOrNull(person, "birthDate", q.birthDate());
            addOrNull(person, "sex", q.sex());
            addOrNull(person, "residence", q.residence());
            persons.add(person);
        }
        return Jsons.createObjectBuilder().add("persons", persons).build().toString();
    }

    /** Reads a request body (the stand-in's side). */
    public static List<PopulationQuery> readRequest(String body) {
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            List<PopulationQuery> queries = new ArrayList<>();
            for (JsonValue value : reader.readObject().getJsonArray("persons")) {
                JsonObject p = value.asJsonObject();
                queries.add(new PopulationQuery(
                        p.getString("ref"),
                        p.getString("personalId"),
                        text(p, "fullName"),
                        text(p, "birthDate"),
                        text(p, "sex"),
                        text(p, "residence")));
            }
            return queries;
        }
    }

    /** A response body for the answers (the stand-in's side); answers here are never UNAVAILABLE. */
    public static String response(List<PopulationAnswer> answers) {
        JsonArrayBuilder results = Jsons.createArrayBuilder();
        for (PopulationAnswer a : answers) {
            JsonObjectBuilder result = Jsons.createObjectBuilder().add("ref", a.ref());
            if (a.outcome() == vn.ansinh.population.domain.CheckOutcome.NOT_FOUND) {
                results.add(result.add("found", false));
                continue;
            }
            JsonArrayBuilder matched = Jsons.createArrayBuilder();
            a.matched().forEach(f -> matched.add(f.name()));
            JsonArrayBuilder mismatches = Jsons.createArrayBuilder();
            a.mismatches()
                    .forEach(m -> mismatches.add(Jsons.createObjectBuilder()
                            .add("field", m.field().name())
                            .add("registryValue", m.registryValue())));
            result.add("found", true)
                    .add("matched", matched)
                    .add("mismatches", mismatches)
                    .add("deceased", a.deathDate() != null || a.outcome().raisesDeathAlert());
            addOrNull(
                    result,
                    "deathDate",
                    a.deathDate() == null ? null : a.deathDate().toString());
            results.add(result);
        }
        return Jsons.createObjectBuilder().add("results", results).build().toString();
    }

    /**
     * The answers to the queries, in their order, from a response body. A query the response does not answer gets
     * {@link vn.ansinh.population.domain.CheckOutcome#UNAVAILABLE} ({@code population.unavailable.missing}).
     *
     * @throws MalformedResponse when the body is not the documented JSON
     */
    public static List<PopulationAnswer> answers(String body, List<PopulationQuery> queries) throws MalformedResponse {
        Map<String, PopulationAnswer> byRef = new HashMap<>();
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            for (JsonValue value : reader.readObject().getJsonArray("results")) {
                PopulationAnswer answer = answer(value.asJsonObject());
                byRef.put(answer.ref(), answer);
            }
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | IllegalArgumentException
                | DateTimeParseException e) {
            throw new MalformedResponse(e);
        }
        return queries.stream()
                .map(q -> byRef.getOrDefault(
                        q.ref(), PopulationAnswer.unavailable(q.ref(), "population.unavailable.missing")))
                .toList();
    }

    private static PopulationAnswer answer(JsonObject r) {
        String ref = r.getString("ref");
        if (!r.getBoolean("found")) {
            return PopulationAnswer.notFound(ref);
        }
        List<PopulationField> matched = new ArrayList<>();
        JsonArray matchedArray = r.containsKey("matched") ? r.getJsonArray("matched") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue field : matchedArray) {
            matched.add(PopulationField.valueOf(((JsonString) field).getString()));
        }
        List<Mismatch> mismatches = new ArrayList<>();
        JsonArray mismatchArray =
                r.containsKey("mismatches") ? r.getJsonArray("mismatches") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : mismatchArray) {
            JsonObject m = value.asJsonObject();
            mismatches.add(new Mismatch(PopulationField.valueOf(m.getString("field")), text(m, "registryValue")));
        }
        boolean deceased = r.getBoolean("deceased", false);
        String deathDate = text(r, "deathDate");
        return PopulationAnswer.found(
                ref, matched, mismatches, deceased, deathDate == null ? null : LocalDate.parse(deathDate));
    }

    private static String text(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getString(key) : null;
    }

    private static void addOrNull(JsonObjectBuilder builder, String key, String value) {
        if (value == null) {
            builder.addNull(key);
        } else {
            builder.add(key, value);
        }
    }

    /** The body is not the documented JSON. */
    public static final class MalformedResponse extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedResponse(Throwable cause) {
            super("the population database's answer is not the documented JSON", cause);
        }
    }
}
