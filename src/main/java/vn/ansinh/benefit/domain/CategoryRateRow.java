package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * A national rate-table row that belongs to one category (a coefficient, an eligibility rule, a category
 * period): the category column and the national scope, on top of the review lifecycle of {@link RateRow}.
 */
@MappedSuperclass
public abstract class CategoryRateRow extends RateRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    protected CategoryRateRow() {
        // for JPA
    }

    protected CategoryRateRow(Category category, LocalDate effectiveFrom, LegalAct act) {
        super(effectiveFrom, act.basis(), act.documentNumber(), act.documentDate());
        this.category = category;
    }

    /** Category rows are national. */
    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    public Category category() {
        return category;
    }
}
