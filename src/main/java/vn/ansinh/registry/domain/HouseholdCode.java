package vn.ansinh.registry.domain;

import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * A household code (mã hộ): the commune code, a dash and a sequence number within the commune,
 * e.g. {@code 03253-000127}.
 */
public record HouseholdCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{5}-\\d{6}");

    public HouseholdCode {
        value = value == null ? "" : value.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("household.error.code");
        }
    }

    public static HouseholdCode of(AdminUnitCode commune, long sequence) {
        return new HouseholdCode(String.format("%s-%06d", commune.value(), sequence));
    }
}
