package vn.ansinh.registry.domain;

/**
 * The 12 indicators of the six dimensions of multidimensional poverty (chỉ số đo lường mức độ thiếu
 * hụt dịch vụ xã hội cơ bản), Decree 07/2021/NĐ-CP. A household is deprived on an indicator or not.
 */
public enum DeprivationIndicator {
    EMPLOYMENT(Dimension.EMPLOYMENT),
    DEPENDANTS(Dimension.EMPLOYMENT),
    NUTRITION(Dimension.HEALTH),
    HEALTH_INSURANCE(Dimension.HEALTH),
    ADULT_EDUCATION(Dimension.EDUCATION),
    CHILD_SCHOOLING(Dimension.EDUCATION),
    HOUSING_QUALITY(Dimension.HOUSING),
    HOUSING_AREA(Dimension.HOUSING),
    DOMESTIC_WATER(Dimension.WATER_AND_SANITATION),
    HYGIENIC_LATRINE(Dimension.WATER_AND_SANITATION),
    TELECOM_USE(Dimension.INFORMATION),
    INFORMATION_ASSETS(Dimension.INFORMATION);

    /** The six dimensions (chiều thiếu hụt). */
    public enum Dimension {
        EMPLOYMENT,
        HEALTH,
        EDUCATION,
        HOUSING,
        WATER_AND_SANITATION,
        INFORMATION
    }

    private final Dimension dimension;

    DeprivationIndicator(Dimension dimension) {
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The bit of this indicator in the stored mask. */
    public int bit() {
        return 1 << ordinal();
    }

    public String labelKey() {
        return "deprivation." + name();
    }
}
