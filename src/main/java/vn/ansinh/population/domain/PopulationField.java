package vn.ansinh.population.domain;

/**
 * A field of a person that the population database (CSDL quốc gia về dân cư) compares with its own record. The
 * personal ID is the key of the comparison, not one of these fields.
 */
public enum PopulationField {
    /** Họ và tên. */
    FULL_NAME,
    /** Ngày sinh (ISO: {@code 1948}, {@code 1948-03} or {@code 1948-03-15}). */
    BIRTH_DATE,
    /** Giới tính ({@code MALE} / {@code FEMALE}). */
    SEX,
    /** Nơi thường trú: the code of the commune of residence. */
    RESIDENCE;

    public String labelKey() {
        return "population.field." + name();
    }
}
