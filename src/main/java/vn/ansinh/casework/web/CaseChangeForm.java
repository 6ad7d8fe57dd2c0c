package vn.ansinh.casework.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.RehabForm;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;

/** What the user types to change a case: a new category, a date, a rehabilitation form. Dates as dd/MM/yyyy. */
public class CaseChangeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Category category;
    private String disabilityLevel;
    private String date;
    private String start;
    private RehabForm rehabForm;
    private int reviewYear;

    void reset(BenefitCase c) {
        if (category == null) {
            category = c.category();
            disabilityLevel = c.disabilityLevel();
            rehabForm = c.rehabilitation().form();
            reviewYear = c.reviewYear() == null ? LocalDate.now().getYear() : c.reviewYear();
        }
    }

    LocalDate parsedDate() {
        return parse(date);
    }

    LocalDate parsedStart() {
        return parse(start);
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("case.error.dateFormat", text.strip());
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

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
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
