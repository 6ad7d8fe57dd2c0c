package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * A Vietnamese phone number in its domestic form: a mobile number of 10 digits beginning with 03,
 * 05, 07, 08 or 09, or a landline of 10 or 11 digits beginning with 02. Accepts spaces, dots,
 * dashes and brackets, and the international forms {@code +84…} and {@code 84…}.
 */
public record PhoneNumber(String value) implements Serializable {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.()-]+");
    private static final Pattern COUNTRY_CODE = Pattern.compile("^\\+?840?");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    private static final Pattern LANDLINE = Pattern.compile("02[0-9]{8,9}");

    public PhoneNumber {
        String digits = value == null ? "" : SEPARATORS.matcher(value).replaceAll("");
        digits = COUNTRY_CODE.matcher(digits).replaceFirst("0");
        if (!MOBILE.matcher(digits).matches() && !LANDLINE.matcher(digits).matches()) {
            throw new InvalidValueException("person.error.phone.format");
        }
        value = digits;
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** The international form, e.g. {@code +84912345678}. */
    public String international() {
        return "+84" + value.substring(1);
    }

    @Override
    public String toString() {
        return value;
    }
}
