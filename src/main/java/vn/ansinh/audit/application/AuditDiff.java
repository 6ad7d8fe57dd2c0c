package vn.ansinh.audit.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ansinh.shared.kernel.Jsons;

/**
 * An audit row's before and after values as a table an auditor reads: one row per field, with its value before and
 * after and whether it changed. JSON objects are flattened into dotted paths ({@code decision.amount}), arrays into
 * indexed ones ({@code members[0].name}); the fields come in the order they appear (before's first, then fields
 * only after has). A value that is not JSON (a note) is one row without a field name. Nothing is cut: long values
 * are left whole for the page to wrap.
 */
public final class AuditDiff {

    /** One field: its path ({@code ""} for a plain value), its texts before and after ({@code ""} when absent). */
    public record Row(String field, String before, String after, boolean changed) implements Serializable {}

    private AuditDiff() {}

    public static List<Row> of(String before, String after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<Row> rows = new ArrayList<>(fields.size());
        for (String field : fields) {
            String b = old.get(field);
            String a = now.get(field);
            rows.add(new Row(field, b == null ? "" : b, a == null ? "" : a, !java.util.Objects.equals(b, a)));
        }
        return rows;
    }

    /** The value's fields and their texts, in order; a value that is not a JSON object or array is one field {@code ""}. */
    static Map<String, String> flatten(String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return fields;
        }
        String text = value.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            try (var reader = Jsons.createReader(new StringReader(text))) {
                JsonStructure json = reader.read();
                add(fields, "", json);
                return fields;
            } catch (JsonException | IllegalStateException e) {
                // not JSON after all: shown as it is
            }
        }
        fields.put("", value);
        return fields;
    }

    private static void add(Map<String, String> fields, String path, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.isEmpty()) {
                    fields.put(path, "{}");
                }
                object.forEach((name, child) -> add(fields, path.isEmpty() ? name : path + "." + name, child));
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.stream().allMatch(AuditDiff::isScalar)) {
                    fields.put(
                            path,
                            String.join(
                                    ", ", array.stream().map(AuditDiff::text).toList()));
                } else {
                    for (int i = 0; i < array.size(); i++) {
                        add(fields, path + "[" + i + "]", array.get(i));
                    }
                }
            }
            default -> fields.put(path, text(value));
        }
    }

    private static boolean isScalar(JsonValue value) {
        return value.getValueType() != JsonValue.ValueType.OBJECT && value.getValueType() != JsonValue.ValueType.ARRAY;
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> "";
            default -> value.toString();
        };
    }
}
