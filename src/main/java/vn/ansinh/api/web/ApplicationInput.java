package vn.ansinh.api.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * What a system sends to open an application: the person, the category (and, if sent, the programme it must belong
 * to), the category's own fields and the day received. The fields' values are checked by the application itself, as
 * on the page.
 */
@Schema(name = "ApplicationInput")
public class ApplicationInput {

    @Schema(required = true, example = "1234")
    public Long personId;

    @Schema(description = "Chương trình; nếu gửi, phải là chương trình của diện", example = "SOCIAL_ASSISTANCE")
    public String programme;

    @Schema(required = true, description = "Diện đối tượng", example = "ELDERLY_80_NO_PENSION")
    public String category;

    @Schema(
            description = "Các trường riêng của diện (tên trường → giá trị)",
            type = SchemaType.OBJECT,
            additionalProperties = String.class)
    public Map<String, String> fields;

    @Schema(description = "Ngày tiếp nhận ISO 8601 (mặc định hôm nay)", format = "date", example = "2026-12-01")
    public String receivedOn;

    /** The parts of the request, or a 422 naming each bad field. */
    Parts toParts(LocalDate today) {
        Map<String, InvalidValueException> problems = new LinkedHashMap<>();
        if (personId == null) {
            problems.put("personId", new InvalidValueException("api.error.required"));
        }
        Category chosen = null;
        if (category == null || category.isBlank()) {
            problems.put("category", new InvalidValueException("api.error.required"));
        } else {
            chosen = parse("category", category, Category::valueOf, problems);
        }
        if (chosen != null && programme != null && !programme.isBlank()) {
            Programme named = parse("programme", programme, Programme::valueOf, problems);
            if (named != null && named != chosen.programme()) {
                problems.put("programme", new InvalidValueException("api.error.categoryProgramme", chosen.name()));
            }
        }
        Map<ProgrammeField, String> values = new EnumMap<>(ProgrammeField.class);
        if (fields != null) {
            fields.forEach((name, value) -> {
                ProgrammeField field = parse("fields." + name, name, ProgrammeField::valueOf, problems);
                if (field != null) {
                    values.put(field, value);
                }
            });
        }
        LocalDate received = today;
        if (receivedOn != null && !receivedOn.isBlank()) {
            try {
                received = LocalDate.parse(receivedOn.strip());
            } catch (DateTimeParseException e) {
                problems.put("receivedOn", new InvalidValueException("api.error.isoDay"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidFields(problems);
        }
        return new Parts(personId, chosen, values, received);
    }

    /** A checked request. */
    record Parts(long personId, Category category, Map<ProgrammeField, String> values, LocalDate receivedOn) {}

    private static <T> T parse(
            String field,
            String raw,
            java.util.function.Function<String, T> parser,
            Map<String, InvalidValueException> problems) {
        try {
            return parser.apply(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, new InvalidValueException("api.error.unknownValue", raw));
            return null;
        }
    }
}
