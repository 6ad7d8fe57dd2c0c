package vn.ansinh.gift.application;

import jakarta.json.JsonArrayBuilder;
import java.util.Map;
import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.payment.channel.application.ResultRow;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The commune officer records a bank's result file for the approved part of a one-off list, all or nothing: refused
 * whole when the file has any problem or any rejected row (another list or commune, an unknown account, another
 * amount, a person already paid); otherwise the entries are locked and each row checked again (another import may
 * have come first), the entries the bank paid are recorded paid on the day of the import, the ones it refused keep
 * the bank's reason (the officer may then pay them in cash), and the part is settled (PAID once every payable entry
 * is, the list CLOSED once every part is).
 */
public record ImportGiftBankResultCommand(Long listId, AdminUnitCode commune, GiftResultReport report)
        implements CommuneCommand.ByOfficer<ImportGiftBankResultCommand.Outcome> {

    public static final String ACTION = "gift.bankResult";

    private static final int REASON_MAX = 300;

    /** What the import recorded: the people paid by the bank and their amount, the transfers it refused. */
    public record Outcome(int paid, long paidAmount, int failed) {}

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Outcome execute(CommandContext context) {
        var em = context.em();
        if (report == null
                || !report.listId().equals(listId)
                || !report.commune().equals(commune.value())) {
            throw new GiftException("gift.result.error.otherPart");
        }
        GiftCommune part = GiftParts.locked(em, listId, commune);
        if (!part.status().mayPay()) {
            throw new GiftException(
                    "gift.error.communeStatus", new Label(part.status().labelKey()));
        }
        if (report.problems() > 0) {
            throw new GiftException("gift.result.error.rejected", report.problems());
        }
        if (report.toApply().isEmpty()) {
            throw new GiftException("gift.result.error.nothing");
        }
        Map<Long, GiftEntry> entries = GiftResults.lock(
                em, report.toApply().stream().map(ResultRow::lineId).toList());
        JsonArrayBuilder paid = Jsons.createArrayBuilder();
        JsonArrayBuilder failed = Jsons.createArrayBuilder();
        int paidCount = 0;
        long paidAmount = 0;
        int failedCount = 0;
        for (ResultRow row : report.toApply()) {
            GiftEntry entry = entries.get(row.lineId());
            if (entry == null
                    || !entry.listId().equals(listId)
                    || !entry.communeCode().equals(commune)
                    || GiftResults.verdict(row, entry, part, report.bankCode()) != row.outcome()) {
                throw new GiftException("gift.result.error.changed", String.valueOf(row.fileRow()));
            }
            if (row.outcome() == ResultOutcome.PAID) {
                entry.paidByBank(context.today(), context.actor().username(), report.fileName());
                paid.add(entry.id());
                paidCount++;
                paidAmount += entry.amount();
            } else {
                String reason =
                        row.reason().length() > REASON_MAX ? row.reason().substring(0, REASON_MAX) : row.reason();
                entry.failedAtBank(reason, report.fileName());
                failed.add(entry.id());
                failedCount++;
            }
        }
        em.flush();
        GiftParts.settle(em, part);
        context.recordChange(
                "GiftCommune",
                part.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("bank", report.bankCode())
                        .add("file", report.fileName())
                        .add("paidOn", context.today().toString())
                        .add("paid", paid)
                        .add("paidAmount", paidAmount)
                        .add("failed", failed)
                        .add("status", part.status().name())
                        .build()
                        .toString());
        return new Outcome(paidCount, paidAmount, failedCount);
    }
}
