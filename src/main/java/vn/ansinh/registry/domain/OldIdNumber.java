package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * Number of the old 9-digit identity card (số chứng minh nhân dân, CMND), kept as a secondary number
 * to match older records. {@link #toString()} is masked; store {@link #value()}.
 */
public record OldIdNumber(String value) implements Serializable {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern FORMAT = Pattern.compile("[0-9]{9}");

    public OldIdNumber {
        String digits = value == null ? "" : SPACES.matcher(value).replaceAll("");
        if (!FORMAT.matcher(digits).matches()) {
            throw new InvalidValueException("person.error.oldIdNumber.format");
        }
        value = digits;
    }

    public static OldIdNumber of(String value) {
        return new OldIdNumber(value);
    }

    /** For display where the full number is not needed: {@code ******789}. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return masked();
    }
}
