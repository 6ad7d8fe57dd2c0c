package vn.ansinh.shared.kernel;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code of an administrative unit (mã đơn vị hành chính) as issued by the statistics office:
 * 2 digits for a province, 3 for a pre-2025 district, 5 for a commune, ward or special zone; and
 * {@code VN} for the whole country (the jurisdiction of national staff).
 */
public record AdminUnitCode(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("VN|\\d{2}|\\d{3}|\\d{5}");
    public static final AdminUnitCode NATIONAL = new AdminUnitCode("VN");

    public AdminUnitCode {
        Objects.requireNonNull(value, "value");
        value = value.trim();
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Mã đơn vị hành chính không hợp lệ: \"" + value
                    + "\" (tỉnh 2 chữ số, huyện 3 chữ số, xã 5 chữ số)");
        }
    }

    public static AdminUnitCode of(String value) {
        return new AdminUnitCode(value);
    }

    public boolean isNational() {
        return this.equals(NATIONAL);
    }

    @Override
    public String toString() {
        return value;
    }
}
