package vn.ansinh.benefit.domain;

/** The kinds of dated legal row an administrator enters and a second one confirms. */
public enum RateKind {
    /** A standard level (mức chuẩn), national or a province's own. */
    LEVEL(StandardLevel.class),
    /** A coefficient (hệ số) of a category, age band and disability level. */
    COEFFICIENT(BenefitCoefficient.class),
    /** An annex amount for meritorious people (Decree 75/2021 as amended: Phụ lục I–IV, VI). */
    ANNEX(AnnexRate.class),
    /** From when a category exists in law, or no longer does. */
    CATEGORY_PERIOD(CategoryPeriod.class),
    /** The conditions of a category from a date. */
    ELIGIBILITY_RULE(EligibilityRule.class);

    private final Class<? extends RateRow> type;

    RateKind(Class<? extends RateRow> type) {
        this.type = type;
    }

    public Class<? extends RateRow> type() {
        return type;
    }

    /**
     * Whether a row of the kind changes amounts (a level, a coefficient): only those touch what a closed
     * payroll paid. When a category exists and what its conditions are never change a paid amount.
     */
    public boolean changesAmounts() {
        return this == LEVEL || this == COEFFICIENT;
    }

    /** The kind of a row. */
    public static RateKind of(RateRow row) {
        for (RateKind kind : values()) {
            if (kind.type.isInstance(row)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(row.getClass().getName());
    }

    /** The entity name, for queries and audit rows. */
    public String entity() {
        return type.getSimpleName();
    }
}
