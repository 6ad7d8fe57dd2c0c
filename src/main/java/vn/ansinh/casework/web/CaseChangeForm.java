package vn.ansinh.casework.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.RehabForm;
import vn.ansinh.shared.kernel.Category;

/** What the user types to change a case: a new category, a date, a rehabilitation form (days by DayConverter). */
public class CaseChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Category category;
    private String disabilityLevel;
    private LocalDate date;
    private LocalDate start;
    private RehabForm rehabForm;
    private int reviewYear;

    /** Fills the form from the case the first time (the review year: the case's, or this year). */
    void reset(BenefitCase c, LocalDate today) {
        if (category == null) {
            category = c.category();
            disabilityLevel = c.disabilityLevel();
            rehabForm = c.rehabilitation().form();
            reviewYear = c.reviewYear() == null ? today.getYear() : c.reviewYear();
        }
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getDisabilityLevel() {
        return disabilityLevel;
    }

    public void setDisabilityLevel(String disabilityLevel) {
        this.disabilityLevel = disabilityLevel;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public RehabForm getRehabForm() {
        return rehabForm;
    }

    public void setRehabForm(RehabForm rehabForm) {
        this.rehabForm = rehabForm;
    }

    public int getReviewYear() {
        return reviewYear;
    }

    public void setReviewYear(int reviewYear) {
        this.reviewYear = reviewYear;
    }
}
