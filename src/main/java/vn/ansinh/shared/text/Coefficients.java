package vn.ansinh.shared.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How a coefficient (hệ số) is written for people: as few decimals as it needs, with the decimal mark of
 * the language. Vietnamese writes the decimal comma ({@code 1,5}; {@code 2}), so the stored {@code 1.500}
 * never reads as one thousand five hundred; English writes {@code 1.5}. No thousands separator: a
 * coefficient is at most 50.
 */
public final class Coefficients {

    private Coefficients() {}

    public static String text(BigDecimal coefficient, Locale locale) {
        if (coefficient == null) {
            return "";
        }
        String plain = coefficient.stripTrailingZeros().toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
