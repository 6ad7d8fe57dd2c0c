package vn.ansinh.benefit.domain;

/** The kinds of rate row an administrator enters and a second one confirms. */
public enum RateKind {
    /** A standard level (mức chuẩn), national or a province's own. */
    LEVEL(StandardLevel.class),
    /** A coefficient (hệ số) of a category, age band and disability level. */
    COEFFICIENT(BenefitCoefficient.class),
    /** An annex amount for meritorious people (Decree 75/2021 as amended: Phụ lục I–IV, VI). */
    ANNEX(AnnexRate.class);

    private final Class<? extends RateRow> type;

    RateKind(Class<? extends RateRow> type) {
        this.type = type;
    }

    public Class<? extends RateRow> type() {
        return type;
    }

    /** The entity name, for queries and audit rows. */
    public String entity() {
        return type.getSimpleName();
    }
}
