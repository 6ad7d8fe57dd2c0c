package vn.ansinh.benefit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.benefit.application.AddStandardLevelCommand;
import vn.ansinh.benefit.application.RateService;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.web.Messages;

/** The rate tables with their dates, and a new standard level (administrators). */
@Named
@ViewScoped
public class RatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RateService rates;

    private List<StandardLevel> levels = List.of();
    private List<BenefitCoefficient> coefficients = List.of();
    private Scheme scheme = Scheme.SOCIAL_ASSISTANCE;
    private String province;
    private String from;
    private Long amount;
    private String legalBasis;

    public void load() {
        levels = rates.levels();
        coefficients = rates.coefficients();
    }

    public void add() {
        try {
            LocalDate day = YearMonth.parse(from == null ? "" : from.strip()).atDay(1);
            rates.addLevel(new AddStandardLevelCommand(scheme, province, day, amount == null ? 0 : amount, legalBasis));
            Messages.info("rate.added");
            load();
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("rate.error.firstOfMonth");
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    private vn.ansinh.intake.domain.Category coefficientCategory;
    private Integer minAge;
    private Integer maxAge;
    private String disabilityLevel;
    private String coefficientFrom;
    private java.math.BigDecimal coefficient;
    private String coefficientBasis;

    public void addCoefficient() {
        try {
            LocalDate day = YearMonth.parse(coefficientFrom == null ? "" : coefficientFrom.strip()).atDay(1);
            rates.addCoefficient(new vn.ansinh.benefit.application.AddCoefficientCommand(coefficientCategory, minAge, maxAge,
                    disabilityLevel, day, coefficient, coefficientBasis));
            Messages.info("rate.added");
            load();
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("rate.error.firstOfMonth");
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    public vn.ansinh.intake.domain.Category[] getCategories() { return vn.ansinh.intake.domain.Category.values(); }
    public vn.ansinh.intake.domain.Category getCoefficientCategory() { return coefficientCategory; }
    public void setCoefficientCategory(vn.ansinh.intake.domain.Category c) { this.coefficientCategory = c; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public String getDisabilityLevel() { return disabilityLevel; }
    public void setDisabilityLevel(String disabilityLevel) { this.disabilityLevel = disabilityLevel; }
    public String getCoefficientFrom() { return coefficientFrom; }
    public void setCoefficientFrom(String coefficientFrom) { this.coefficientFrom = coefficientFrom; }
    public java.math.BigDecimal getCoefficient() { return coefficient; }
    public void setCoefficient(java.math.BigDecimal coefficient) { this.coefficient = coefficient; }
    public String getCoefficientBasis() { return coefficientBasis; }
    public void setCoefficientBasis(String coefficientBasis) { this.coefficientBasis = coefficientBasis; }
    public Scheme[] getSchemes() { return Scheme.values(); }
    public List<StandardLevel> getLevels() { return levels; }
    public List<BenefitCoefficient> getCoefficients() { return coefficients; }
    public Scheme getScheme() { return scheme; }
    public void setScheme(Scheme scheme) { this.scheme = scheme; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
}
