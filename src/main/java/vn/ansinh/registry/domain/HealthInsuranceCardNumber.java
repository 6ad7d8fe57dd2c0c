package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * Code printed on a health-insurance card (mã thẻ BHYT), 15 characters (Decision 1351/QĐ-BHXH,
 * 2015): beneficiary group (mã đối tượng, 2 letters), benefit level (mức hưởng, 1–5), province of
 * issue (2 digits) and the social-insurance number (mã số BHXH, 10 digits), which is lifelong.
 */
public record HealthInsuranceCardNumber(String value) implements Serializable {

    /** The group codes of Decision 1351/QĐ-BHXH, by who pays the contribution. */
    static final Set<String> GROUP_CODES = Set.of(
            // the employee and the employer
            "DN",
            "HX",
            "CH",
            "NN",
            "TK",
            "HC",
            "XK",
            // the social-insurance fund
            "HT",
            "TB",
            "NO",
            "CT",
            "XB",
            "TN",
            "CS",
            // the state budget: armed forces, people with merit and their relatives, social assistance
            "QN",
            "CA",
            "CY",
            "XN",
            "MS",
            "CC",
            "CK",
            "CB",
            "KC",
            "HD",
            "TE",
            "BT",
            "HN",
            "DT",
            "DK",
            "XD",
            "TS",
            "TC",
            "TQ",
            "TV",
            "TA",
            "TY",
            "HG",
            "LS",
            "PV",
            // the state budget supports the contribution
            "CN",
            "HS",
            "SV",
            "GB",
            // by household
            "GD");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{12}");

    public HealthInsuranceCardNumber {
        String code = value == null ? "" : SPACES.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
        if (code.length() != 15) {
            throw new InvalidValueException("person.error.healthInsurance.length", code.length());
        }
        if (!GROUP_CODES.contains(code.substring(0, 2))) {
            throw new InvalidValueException("person.error.healthInsurance.group", code.substring(0, 2));
        }
        if (code.charAt(2) < '1' || code.charAt(2) > '5') {
            throw new InvalidValueException("person.error.healthInsurance.level");
        }
        if (!DIGITS.matcher(code.substring(3)).matches()) {
            throw new InvalidValueException("person.error.healthInsurance.digits");
        }
        value = code;
    }

    public static HealthInsuranceCardNumber of(String value) {
        return new HealthInsuranceCardNumber(value);
    }

    /** Beneficiary group (mã đối tượng), e.g. {@code BT}. */
    public String groupCode() {
        return value.substring(0, 2);
    }

    /** Benefit level (mức hưởng), 1 to 5. */
    public int benefitLevel() {
        return value.charAt(2) - '0';
    }

    /** Code of the province where the card was issued. */
    public String provinceCode() {
        return value.substring(3, 5);
    }

    /** The lifelong social-insurance number (mã số BHXH). */
    public String socialInsuranceNumber() {
        return value.substring(5);
    }

    @Override
    public String toString() {
        return value;
    }
}
