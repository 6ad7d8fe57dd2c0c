package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import vn.ansinh.payment.application.PaymentCriteria;
import vn.ansinh.payment.application.PaymentSearch;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.web.LocaleBean;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PagedRows;

/**
 * The auditors' payment search ({@code /audit/payments.xhtml}): the form, and the lines of the last search it
 * accepted, paged in SQL, with their count and total, the people paid into a searched account, and the link to
 * the same lines in Excel. Opened from a trace link ({@code ?decision=}, {@code level}, {@code coefficient},
 * {@code annex}, {@code account}, {@code person}) it searches at once.
 */
@Named
@ViewScoped
public class PaymentSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "search:";

    @Inject
    private PaymentSearch search;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private LocaleBean locale;

    private String personalId;
    private String name;
    private String decisionNumber;
    private String account;
    private YearMonth from;
    private YearMonth to;
    private String minAmount;
    private String maxAmount;

    private String decision;
    private String level;
    private String coefficient;
    private String annex;
    private String person;

    private PaymentCriteria searched;
    private PaymentSearch.Totals totals;
    private List<PaymentSearch.Payee> payees = List.of();
    private LazyDataModel<PaymentSearch.Row> rows;

    /** Opened from a trace link: search what it names at once. */
    public void load() {
        if (rows == null) {
            rows = PagedRows.of(
                    () -> searched == null ? 0 : (int) Math.min(Integer.MAX_VALUE, totals.count()),
                    (first, size) -> searched == null ? List.of() : search.page(searched, scope(), first, size),
                    PaymentSearch.Row::lineId);
            if (linked()) {
                search();
            }
        }
    }

    public void search() {
        Long min;
        Long max;
        try {
            min = amount(PaymentCriteria.MIN_AMOUNT, minAmount);
            max = amount(PaymentCriteria.MAX_AMOUNT, maxAmount);
        } catch (InvalidValueException e) {
            return;
        }
        PaymentCriteria criteria = new PaymentCriteria(
                personalId,
                name,
                decisionNumber,
                PaymentSearchLink.id(decision),
                PaymentSearchLink.id(level),
                PaymentSearchLink.id(coefficient),
                PaymentSearchLink.id(annex),
                account,
                PaymentSearchLink.id(person),
                from,
                to,
                min,
                max);
        List<PaymentCriteria.Problem> problems = criteria.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> {
                if (p.field() == null) {
                    Messages.error(p.key(), p.arguments());
                } else {
                    Messages.fieldError(FORM + p.field(), p.key(), p.arguments());
                }
            });
            return;
        }
        UnitScope scope = scope();
        searched = criteria;
        totals = search.totals(criteria, scope);
        payees = criteria.account() == null ? List.of() : search.payees(criteria, scope);
    }

    /** The filter of the search shown, in words (the Excel file's caption). */
    public String getCaption() {
        return searched == null ? null : export().caption(searched, scope());
    }

    /** The link to the lines of the search shown, in Excel; null when there are too many. */
    public String getExportUrl() {
        return searched == null || totals.tooManyToExport()
                ? null
                : "/audit/payments.xlsx?" + PaymentSearchLink.query(searched);
    }

    public String communeName(String code) {
        return units.nameOf(AdminUnitCode.of(code));
    }

    private PaymentSearchExport export() {
        return new PaymentSearchExport(search, units::nameOf, locale.getLocale());
    }

    private UnitScope scope() {
        return units.scopeOf(currentActor.get());
    }

    private boolean linked() {
        return decision != null
                || level != null
                || coefficient != null
                || annex != null
                || account != null
                || person != null;
    }

    /** The amount typed in the field; a refusal is shown next to it and thrown on. */
    private static Long amount(String field, String text) {
        try {
            return PaymentCriteria.amount(text);
        } catch (InvalidValueException e) {
            Messages.fieldError(FORM + field, e.messageKey(), e.arguments());
            throw e;
        }
    }

    public boolean isSearched() {
        return searched != null;
    }

    public PaymentSearch.Totals getTotals() {
        return totals;
    }

    public List<PaymentSearch.Payee> getPayees() {
        return payees;
    }

    public LazyDataModel<PaymentSearch.Row> getRows() {
        return rows;
    }

    public String getPersonalId() {
        return personalId;
    }

    public void setPersonalId(String personalId) {
        this.personalId = personalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public String getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(String minAmount) {
        this.minAmount = minAmount;
    }

    public String getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(String maxAmount) {
        this.maxAmount = maxAmount;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(String coefficient) {
        this.coefficient = coefficient;
    }

    public String getAnnex() {
        return annex;
    }

    public void setAnnex(String annex) {
        this.annex = annex;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }
}
