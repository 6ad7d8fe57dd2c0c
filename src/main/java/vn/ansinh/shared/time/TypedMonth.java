package vn.ansinh.shared.time;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A month typed into a form: {@code 07/2026} as Vietnamese forms write it, or {@code 2026-07}. */
public final class TypedMonth {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("MM/uuuu");

    private TypedMonth() {}

    /** The month, or empty for blank or malformed text. */
    public static Optional<YearMonth> parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return Optional.of(value.contains("/") ? YearMonth.parse(value, VIETNAMESE) : YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
