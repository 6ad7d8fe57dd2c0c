package vn.ansinh.benefit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.ansinh.shared.kernel.Category;

/**
 * From a day a category exists in law (available) or no longer does (a decree ends the group, e.g.
 * 335/2026 ends "80+ without a pension" in social assistance). Entered and confirmed like a rate.
 */
@Entity
@Table(name = "category_period")
public class CategoryPeriod extends CategoryRateRow {

    @Column(name = "available", nullable = false)
    private boolean available;

    protected CategoryPeriod() {
        // for JPA
    }

    public CategoryPeriod(Category category, LocalDate effectiveFrom, boolean available, LegalAct act) {
        super(category, effectiveFrom, act);
        this.available = available;
    }

    @Override
    public boolean sameKeyAs(RateRow other) {
        return other instanceof CategoryPeriod p && p.category() == category();
    }

    public boolean available() {
        return available;
    }
}
