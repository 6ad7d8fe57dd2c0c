package vn.ansinh.shared.command;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import vn.ansinh.shared.kernel.Jsons;

/**
 * Why a command was refused, as the audit trail keeps it: a resource-bundle key and its parameters (plain texts:
 * roles, unit codes, dates), shown translated on the audit page. Stored as the key and a JSON array of the
 * parameters ({@link #argumentsJson()}).
 */
public record RefusalReason(String key, List<String> arguments) {

    public RefusalReason {
        arguments = List.copyOf(arguments);
    }

    public static RefusalReason of(String key, String... arguments) {
        return new RefusalReason(key, List.of(arguments));
    }

    /** The parameters as a JSON array of strings, {@code null} when there are none. */
    public String argumentsJson() {
        if (arguments.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        arguments.forEach(array::add);
        return array.build().toString();
    }

    /** The parameters as {@link #argumentsJson()} wrote them (none for {@code null}). */
    public static List<String> parseArguments(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Jsons.createReader(new StringReader(json))) {
            return reader.readArray().stream()
                    .map(v -> v.getValueType() == JsonValue.ValueType.STRING
                            ? ((JsonString) v).getString()
                            : v.toString())
                    .toList();
        }
    }
}
