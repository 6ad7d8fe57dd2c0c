package vn.ansinh.benefit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.ansinh.benefit.application.AddAnnexRateCommand;
import vn.ansinh.benefit.application.RateService;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.RateStatus;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.web.Messages;

/**
 * The annex amounts of meritorious people (Decree 75/2021 as amended) on the rates page: every row with its
 * period, source row, status and who did what (pending rows first, e.g. those loaded with a doubt); a new
 * amount of an existing row from a month (pending until another administrator confirms it); confirm or
 * reject a pending row.
 */
@Named
@ViewScoped
public class AnnexRatesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private RateService rates;

    private List<AnnexRate> rows = List.of();
    private Map<String, String> rowChoices = Map.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private boolean onlyPending;

    private String row;
    private String from;
    private Long amount;
    private String legalBasis;
    private String documentNumber;
    private String documentDate;

    public void load() {
        List<AnnexRate> all = rates.annexRates();
        rows = all.stream()
                .filter(r -> !onlyPending || r.status() == RateStatus.PENDING)
                .sorted(java.util.Comparator.comparing((AnnexRate r) -> r.status() != RateStatus.PENDING))
                .toList();
        rowChoices = choices(all);
    }

    /** The rows an amount may be entered for: each row code and percent once, labelled in Vietnamese. */
    public Map<String, String> getRowChoices() {
        return rowChoices;
    }

    private static Map<String, String> choices(List<AnnexRate> all) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (AnnexRate r : all) {
            if (r.kind().monthly()) {
                String label = "PL " + r.annex() + ": " + shorten(r.description());
                choices.putIfAbsent(
                        label + " [" + (r.impairmentPercent() == null ? "" : r.impairmentPercent() + "%") + "]",
                        r.rowCode() + ":" + (r.impairmentPercent() == null ? "" : r.impairmentPercent()));
            }
        }
        return choices;
    }

    public void add() {
        attempt("rate.addedPending", () -> {
            String[] key = (row == null ? ":" : row).split(":", -1);
            return rates.addAnnex(new AddAnnexRateCommand(
                    key[0],
                    key[1].isEmpty() ? null : Integer.valueOf(key[1]),
                    firstOfMonth(from),
                    amount,
                    legalBasis,
                    documentNumber,
                    day(documentDate)));
        });
    }

    public void confirm(AnnexRate r) {
        attempt("rate.confirmed", () -> rates.confirm(r));
    }

    public void reject(AnnexRate r) {
        attempt("rate.rejected", () -> rates.reject(r, reasons.get(r.id())));
    }

    public boolean mayConfirm(AnnexRate r) {
        return rates.mayConfirm(r);
    }

    public boolean mayReject(AnnexRate r) {
        return rates.mayReject(r);
    }

    private void attempt(String doneKey, Supplier<?> action) {
        try {
            action.get();
            Messages.info(doneKey);
            load();
        } catch (AccessDeniedException e) {
            Messages.error(e.messageKey());
        } catch (BusinessRuleException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    private static String shorten(String text) {
        return text.length() <= 110 ? text : text.substring(0, 107) + "…";
    }

    private static LocalDate firstOfMonth(String month) {
        return vn.ansinh.shared.time.TypedMonth.parse(month)
                .map(m -> m.atDay(1))
                .orElseThrow(() -> new BusinessRuleException("rate.error.firstOfMonth"));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("rate.error.documentDate");
        }
    }

    public List<AnnexRate> getRows() {
        return rows;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public boolean isOnlyPending() {
        return onlyPending;
    }

    public void setOnlyPending(boolean onlyPending) {
        this.onlyPending = onlyPending;
    }

    public String getRow() {
        return row;
    }

    public void setRow(String row) {
        this.row = row;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getDocumentDate() {
        return documentDate;
    }

    public void setDocumentDate(String documentDate) {
        this.documentDate = documentDate;
    }
}
