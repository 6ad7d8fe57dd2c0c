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
