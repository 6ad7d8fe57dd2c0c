package vn.ansinh.shared.kernel;

import java.util.List;

/**
 * A programme's own field on an application: a choice among fixed options, a whole number in a
 * range, or a short text. The rule of each field lives here, never in a page.
 */
public enum ProgrammeField implements Labelled {
    /** Tỷ lệ tổn thương cơ thể (%). */
    IMPAIRMENT_PERCENT(Type.NUMBER, 5, 100),
    RELATIONSHIP_TO_MERITORIOUS(Type.CHOICE, "PARENT", "SPOUSE", "CHILD", "FOSTER_CARER"),
    MERITORIOUS_PERSON_NAME(Type.TEXT, 2, 100),
    /** Tình trạng mồ côi / không nguồn nuôi dưỡng. */
    ORPHAN_STATUS(
            Type.CHOICE,
            "ORPHAN_BOTH_PARENTS",
            "ORPHAN_ONE_PARENT_OTHER_UNABLE",
            "ABANDONED",
            "PARENTS_IN_PRISON_OR_FACILITY"),
    SCHOOL_NAME(Type.TEXT, 2, 150),
    CHILDREN_COUNT(Type.NUMBER, 1, 20),
    /** Mức độ khuyết tật. */
    DISABILITY_LEVEL(Type.CHOICE, "PARTICULARLY_SEVERE", "SEVERE"),
    SUPPORT_KIND(Type.CHOICE, "HEALTH_INSURANCE", "EDUCATION", "HOUSING", "ELECTRICITY", "PREFERENTIAL_CREDIT"),
    /** Hình thức cai nghiện. */
    REHAB_FORM(Type.CHOICE, "AT_HOME", "IN_COMMUNITY", "AT_FACILITY"),
    /** Số liệt sĩ (thân nhân của 01, 02, 3 liệt sĩ trở lên: Decree 75/2021, Phụ lục I). */
    MARTYR_COUNT(Type.NUMBER, 1, 20),
    /** Sống cô đơn / mồ côi cả cha mẹ: the extra nurture allowance (trợ cấp tuất nuôi dưỡng). */
    LIVES_ALONE(Type.CHOICE, true, "NO", "YES"),
    /** Vết thương / bệnh tật đặc biệt nặng (with an impairment of 81 % or more: the higher supplement). */
    SEVERE_WOUNDS(Type.CHOICE, true, "NO", "YES"),
    /** Years of seniority (thâm niên) of a pre-1945 revolutionary, diện thoát ly; empty or 0 = diện không thoát ly. */
    SENIORITY_YEARS(Type.NUMBER, 0, 80, true),
    /** What a helper of the revolution (or their family) was awarded. */
    HELPER_AWARD(Type.CHOICE, "PRE1945_AWARD", "RESISTANCE_ORDER", "RESISTANCE_MEDAL"),
    /**
     * The registry number (id) of the person who cares for the beneficiary at home (người phục vụ), paid
     * the caregiver allowance; optional.
     */
    CAREGIVER_PERSON_ID(Type.NUMBER, 1, Integer.MAX_VALUE, true);

    /** How a field's value is entered and checked. */
    public enum Type {
        CHOICE,
        NUMBER,
        TEXT
    }

    private final Type type;
    private final List<String> options;
    private final int min;
    private final int max;
    private final boolean optional;

    ProgrammeField(Type type, String... options) {
        this(type, false, options);
    }

    ProgrammeField(Type type, boolean optional, String... options) {
        this.type = type;
        this.options = List.of(options);
        this.min = 0;
        this.max = 0;
        this.optional = optional;
    }

    ProgrammeField(Type type, int min, int max) {
        this(type, min, max, false);
    }

    ProgrammeField(Type type, int min, int max, boolean optional) {
        this.type = type;
        this.options = List.of();
        this.min = min;
        this.max = max;
        this.optional = optional;
    }

    /** Whether the field may be left empty (then it is not stored). */
    public boolean optional() {
        return optional;
    }

    /** The value normalised, or a refusal with a message key whose first argument is this field (shown by its name). */
    public String validate(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("application.error.required", this);
        }
        switch (type) {
            case CHOICE -> {
                if (!options.contains(value)) {
                    throw new InvalidValueException("application.error.choice", this);
                }
            }
            case NUMBER -> {
                try {
                    int number = Integer.parseInt(value);
                    if (number < min || number > max) {
                        throw new InvalidValueException("application.error.range", this, min, max);
                    }
                    value = Integer.toString(number);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("application.error.number", this);
                }
            }
            case TEXT -> {
                if (value.length() < min || value.length() > max) {
                    throw new InvalidValueException("application.error.length", this, min, max);
                }
                if (vn.ansinh.shared.text.FormulaText.startsFormula(value)) {
                    throw new InvalidValueException(vn.ansinh.shared.text.FormulaText.MESSAGE_KEY);
                }
            }
        }
        return value;
    }

    public Type type() {
        return type;
    }

    public List<String> options() {
        return options;
    }

    /** Whether the value is chosen from {@link #options()} (a menu) rather than typed. */
    public boolean offersChoice() {
        return type == Type.CHOICE;
    }

    @Override
    public String labelKey() {
        return "field." + name();
    }

    public String optionKey(String option) {
        return "field." + name() + "." + option;
    }
}
