package vn.ansinh.registry.domain;

import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.text.FormulaText;

/**
 * Free text of the registry that ends up in files (an address, a household's address): stripped,
 * {@code null} when blank, refused when a spreadsheet would run it as a formula ({@link FormulaText}).
 */
public final class FreeText {

    private FreeText() {}

    /** The text as stored, or {@code null}; refuses formula-like text. */
    public static String of(String raw) {
        String text = raw == null || raw.isBlank() ? null : raw.strip();
        requireNoFormula(text);
        return text;
    }

    /** Refuses a value a spreadsheet would run as a formula, with the message shown next to its field. */
    public static void requireNoFormula(String value) {
        if (FormulaText.startsFormula(value)) {
            throw new InvalidValueException(FormulaText.MESSAGE_KEY);
        }
    }
}
