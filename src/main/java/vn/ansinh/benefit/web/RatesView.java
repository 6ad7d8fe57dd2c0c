package vn.ansinh.benefit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.benefit.application.AddCoefficientCommand;
import vn.ansinh.benefit.application.AddStandardLevelCommand;
import vn.ansinh.benefit.application.RateService;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.RateRow;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.web.Messages;

/**
 * The rate tables with their two dates and their history (pending, confirmed, rejected, superseded;
 * who entered, who confirmed, when, the legal act); a new standard level or coefficient (pending until
 * another administrator confirms it); confirm or reject a pending row.
 */
@Named
@ViewScoped
public class RatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RateService rates;

    private List<StandardLevel> levels = List.of();
    private List<BenefitCoefficient> coefficients = List.of();
    private List<vn.ansinh.benefit.domain.CategoryPeriod> categoryPeriods = List.of();
    private List<vn.ansinh.benefit.domain.EligibilityRule> eligibilityRules = List.of();
    private Category periodCategory;
    private LocalDate periodFrom;
    private boolean periodAvailable;
    private final RateEntry periodEntry = new RateEntry();
    private final Map<String, String> reasons = new HashMap<>();

    private Scheme scheme = Scheme.SOCIAL_ASSISTANCE;
    private String province;
    private final RateEntry levelEntry = new RateEntry();

    private Category coefficientCategory;
    private Integer minAge;
    private Integer maxAge;
    private String disabilityLevel;
    private BigDecimal coefficient;
    private final RateEntry coefficientEntry = new RateEntry();

    public void load() {
        levels = rates.levels();
        coefficients = rates.coefficients();
        categoryPeriods = rates.categoryPeriods();
        eligibilityRules = rates.eligibilityRules();
    }

    public void addCategoryPeriod() {
        RateForms.attempt(
                "rate.addedPending",
                () -> rates.addCategoryPeriod(new vn.ansinh.benefit.application.AddCategoryPeriodCommand(
                        periodCategory,
                        periodFrom,
                        periodAvailable,
                        periodEntry.getLegalBasis(),
                        periodEntry.getDocumentNumber(),
                        periodEntry.getDocumentDate())),
                this::load);
    }

    public void add() {
        RateForms.attempt(
                "rate.addedPending",
                () -> rates.addLevel(new AddStandardLevelCommand(
                        scheme,
                        province,
                        RateForms.firstOfMonth(levelEntry.getFrom()),
                        levelEntry.getAmount() == null ? 0 : levelEntry.getAmount(),
                        levelEntry.getLegalBasis(),
                        levelEntry.getDocumentNumber(),
                        levelEntry.getDocumentDate())),
                this::load);
    }

    public void addCoefficient() {
        RateForms.attempt(
                "rate.addedPending",
                () -> rates.addCoefficient(new AddCoefficientCommand(
                        coefficientCategory,
                        minAge,
                        maxAge,
                        disabilityLevel,
                        RateForms.firstOfMonth(coefficientEntry.getFrom()),
                        coefficient,
                        coefficientEntry.getLegalBasis(),
                        coefficientEntry.getDocumentNumber(),
                        coefficientEntry.getDocumentDate())),
                this::load);
    }

    public void confirm(RateRow row) {
        RateForms.attempt("rate.confirmed", () -> rates.confirm(row), this::load);
    }

    public void reject(RateRow row) {
        RateForms.attempt("rate.rejected", () -> rates.reject(row, reasons.get(RateForms.reasonKey(row))), this::load);
    }

    public boolean mayConfirm(RateRow row) {
        return rates.mayConfirm(row);
    }

    public boolean mayReject(RateRow row) {
        return rates.mayReject(row);
    }

    /** The key of the row's rejection reason in {@link #getReasons()}. */
    public String reasonKey(RateRow row) {
        return RateForms.reasonKey(row);
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public List<vn.ansinh.benefit.domain.CategoryPeriod> getCategoryPeriods() {
        return categoryPeriods;
    }

    public List<vn.ansinh.benefit.domain.EligibilityRule> getEligibilityRules() {
        return eligibilityRules;
    }

    public Category getPeriodCategory() {
        return periodCategory;
    }

    public void setPeriodCategory(Category c) {
        this.periodCategory = c;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public boolean isPeriodAvailable() {
        return periodAvailable;
    }

    public void setPeriodAvailable(boolean periodAvailable) {
        this.periodAvailable = periodAvailable;
    }

    /** An eligibility rule's conditions in words, e.g. "tuổi 16 – 23; hộ nghèo; đang đi học". */
    public String conditions(vn.ansinh.benefit.domain.EligibilityRule r) {
        List<String> parts = new java.util.ArrayList<>();
        if (r.minAge() != null || r.maxAge() != null) {
            parts.add(Messages.text(
                    "eligibility.cond.ages",
                    r.minAge() == null ? 0 : r.minAge(),
                    r.maxAge() == null ? "…" : r.maxAge()));
        }
        if (r.povertyStatus() != null) {
            parts.add(Messages.text(r.povertyStatus().labelKey()));
        }
        r.disabilityLevels().forEach(level -> parts.add(disability(level)));
        if (r.requiresNoPension()) {
            parts.add(Messages.text("eligibility.cond.noPension"));
        }
        if (r.requiresInSchool()) {
            parts.add(Messages.text("eligibility.cond.inSchool"));
        }
        return String.join("; ", parts);
    }

    /** The disability levels a coefficient may be given for (the programme field's options). */
    public List<String> getDisabilityLevels() {
        return ProgrammeField.DISABILITY_LEVEL.options();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Category getCoefficientCategory() {
        return coefficientCategory;
    }

    public void setCoefficientCategory(Category c) {
        this.coefficientCategory = c;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public String getDisabilityLevel() {
        return disabilityLevel;
    }

    public void setDisabilityLevel(String disabilityLevel) {
        this.disabilityLevel = disabilityLevel;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }

    public Scheme[] getSchemes() {
        return Scheme.values();
    }

    public List<StandardLevel> getLevels() {
        return levels;
    }

    public List<BenefitCoefficient> getCoefficients() {
        return coefficients;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public void setScheme(Scheme scheme) {
        this.scheme = scheme;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    /** The new standard level's month, amount and legal act. */
    public RateEntry getLevelEntry() {
        return levelEntry;
    }

    /** The new category period's legal act (its first day is {@link #getPeriodFrom()}). */
    public RateEntry getPeriodEntry() {
        return periodEntry;
    }

    /** The new coefficient's month and legal act (its value is {@link #getCoefficient()}). */
    public RateEntry getCoefficientEntry() {
        return coefficientEntry;
    }

    /** Who entered or confirmed a row, as the page shows it: the rows of the migrations say so in words. */
    public String who(String username) {
        return vn.ansinh.benefit.domain.RateRow.MIGRATION.equals(username)
                ? vn.ansinh.shared.web.Messages.text("rate.byMigration")
                : username;
    }

    /** A coefficient row's disability level in words (empty for every level). */
    public String disability(String level) {
        return level == null ? "" : vn.ansinh.shared.web.Messages.text("field.DISABILITY_LEVEL." + level);
    }
}
