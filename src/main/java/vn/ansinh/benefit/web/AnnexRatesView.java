package vn.ansinh.benefit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.benefit.application.AddAnnexRateCommand;
import vn.ansinh.benefit.application.RateService;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.RateStatus;

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

    @Inject
    private RateService rates;

    private List<AnnexRate> rows = List.of();
    private Map<String, String> rowChoices = Map.of();
    private final Map<String, String> reasons = new HashMap<>();
    private boolean onlyPending;

    private String row;
    private final RateEntry entry = new RateEntry();

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
        RateForms.attempt(
                "rate.addedPending",
                () -> {
                    String[] key = (row == null ? ":" : row).split(":", -1);
                    return rates.addAnnex(new AddAnnexRateCommand(
                            key[0],
                            key[1].isEmpty() ? null : Integer.valueOf(key[1]),
                            RateForms.firstOfMonth(entry.getFrom()),
                            entry.getAmount(),
                            entry.getLegalBasis(),
                            entry.getDocumentNumber(),
                            entry.getDocumentDate()));
                },
                this::load);
    }

    public void confirm(AnnexRate r) {
        RateForms.attempt("rate.confirmed", () -> rates.confirm(r), this::load);
    }

    public void reject(AnnexRate r) {
        RateForms.attempt("rate.rejected", () -> rates.reject(r, reasons.get(RateForms.reasonKey(r))), this::load);
    }

    public boolean mayConfirm(AnnexRate r) {
        return rates.mayConfirm(r);
    }

    public boolean mayReject(AnnexRate r) {
        return rates.mayReject(r);
    }

    private static String shorten(String text) {
        return text.length() <= 110 ? text : text.substring(0, 107) + "…";
    }

    public List<AnnexRate> getRows() {
        return rows;
    }

    /** The key of the row's rejection reason in {@link #getReasons()}. */
    public String reasonKey(AnnexRate row) {
        return RateForms.reasonKey(row);
    }

    public Map<String, String> getReasons() {
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

    /** The new amount's month, amount and legal act. */
    public RateEntry getEntry() {
        return entry;
    }
}
