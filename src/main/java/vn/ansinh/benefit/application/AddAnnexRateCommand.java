package vn.ansinh.benefit.application;

import java.time.LocalDate;
import java.util.List;
import vn.ansinh.benefit.domain.AnnexKind;
import vn.ansinh.benefit.domain.AnnexRate;
import vn.ansinh.benefit.domain.LegalAct;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * An administrator enters a new monthly amount of an annex row (a row code, and for Phụ lục II / III an
 * impairment percent) from a month, with its legal act — e.g. the table of a later decree. The row's annex,
 * kind and description are those of the row code as already loaded (a decree changes amounts, the items
 * stay). Pending until a second administrator confirms it ({@link ConfirmRateCommand}); once confirmed it
 * replaces the row of the same key from that month. Refused from a closed month.
 */
public record AddAnnexRateCommand(
        String rowCode,
        Integer impairmentPercent,
        LocalDate effectiveFrom,
        Long amount,
        String legalBasis,
        String documentNumber,
        LocalDate documentDate)
        implements NationalRateCommand<AnnexRate> {

    @Override
    public String action() {
        return "rate.addAnnex";
    }

    @Override
    public AnnexRate execute(CommandContext context) {
        if (effectiveFrom == null || effectiveFrom.getDayOfMonth() != 1) {
            throw new BusinessRuleException("rate.error.firstOfMonth");
        }
        if (amount == null || amount <= 0 || amount > 1_000_000_000L) {
            throw new BusinessRuleException("rate.error.amount");
        }
        List<AnnexRate> known = context
                .em()
                .createQuery(
                        "select a from AnnexRate a where a.rowCode = :c"
                                + " and a.kind in :monthly order by a.effectiveFrom desc, a.id desc",
                        AnnexRate.class)
                .setParameter("c", rowCode == null ? "" : rowCode.strip())
                .setParameter("monthly", SqlEnums.where(AnnexKind.class, AnnexKind::monthly))
                .getResultList()
                .stream()
                .filter(a -> java.util.Objects.equals(a.impairmentPercent(), impairmentPercent))
                .toList();
        if (known.isEmpty()) {
            throw new BusinessRuleException("rate.error.annexRow");
        }
        AnnexRate model = known.get(0);
        LegalAct act = new LegalAct(legalBasis, documentNumber, documentDate);
        RateRows.refuseFutureDocument(documentDate, context.today());
        AnnexRate row = new AnnexRate(
                model.annex(),
                model.rowCode(),
                model.impairmentPercent(),
                model.kind(),
                model.description(),
                effectiveFrom,
                amount,
                act);
        return RateRows.enter(
                context,
                row,
                "AnnexRate",
                "\"row\":\"" + RateRows.json(row.rowCode()) + "\",\"percent\":" + impairmentPercent + ",\"from\":\""
                        + effectiveFrom + "\",\"amount\":" + amount);
    }
}
