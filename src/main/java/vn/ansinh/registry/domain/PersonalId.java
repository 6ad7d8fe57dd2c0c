package vn.ansinh.registry.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * Personal identification number (số định danh cá nhân, printed on the CCCD card): 12 digits, the
 * province where the birth was registered (3), century and sex (1), the last two digits of the year
 * of birth (2) and a serial number (6) (Decree 137/2015/NĐ-CP Art. 13, Circular 07/2016/TT-BCA).
 * {@link #toString()} is masked so that the number does not leak into logs; store {@link #value()}.
 */
public record PersonalId(String value) implements Serializable {

    static final String SEX_MISMATCH = "person.error.personalId.sexMismatch";
    static final String BIRTH_YEAR_MISMATCH = "person.error.personalId.birthYearMismatch";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]*");

    public PersonalId {
        String digits = value == null ? "" : SPACES.matcher(value).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidValueException("person.error.personalId.digits");
        }
        if (digits.length() != 12) {
            throw new InvalidValueException("person.error.personalId.length", digits.length());
        }
        if (!BirthRegistrationProvinces.contains(digits.substring(0, 3))) {
            throw new InvalidValueException("person.error.personalId.province", digits.substring(0, 3));
        }
        value = digits;
    }

    public static PersonalId of(String value) {
        return new PersonalId(value);
    }

    /** Code of the province where the birth was registered (digits 1–3); not the current province. */
    public String birthRegistrationProvinceCode() {
        return value.substring(0, 3);
    }

    /** First year of the century of birth, from digit 4: 0–1 → 1900, 2–3 → 2000, … 8–9 → 2300. */
    public int century() {
        return 1900 + centuryAndSexDigit() / 2 * 100;
    }

    /** Sex from digit 4: even for men, odd for women. */
    public Sex sex() {
        return centuryAndSexDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /** The last two digits of the year of birth (digits 5–6), e.g. {@code "48"}. */
    public String birthYearDigits() {
        return value.substring(4, 6);
    }

    /** The year of birth the number encodes: {@link #century()} plus {@link #birthYearDigits()}. */
    public int birthYear() {
        return century() + Integer.parseInt(birthYearDigits());
    }

    /** Whether a person born in {@code year} may hold this number. */
    public boolean birthYearPossible(int year) {
        return year == birthYear();
    }

    /**
     * Message keys of the disagreements between this number and a person's recorded sex and date of
     * birth; empty when they agree. A null sex or date of birth is not checked.
     */
    public List<String> checkAgainst(Sex sex, PartialDate birth) {
        List<String> problems = new ArrayList<>();
        if (sex != null && sex != sex()) {
            problems.add(SEX_MISMATCH);
        }
        if (birth != null && !birthYearPossible(birth.year())) {
            problems.add(BIRTH_YEAR_MISMATCH);
        }
        return List.copyOf(problems);
    }

    /** For display where the full number is not needed: {@code 001******123}. */
    public String masked() {
        return value.substring(0, 3) + "******" + value.substring(9);
    }

    @Override
    public String toString() {
        return masked();
    }

    private int centuryAndSexDigit() {
        return value.charAt(3) - '0';
    }
}
