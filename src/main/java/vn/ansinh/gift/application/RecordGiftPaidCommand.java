package vn.ansinh.gift.application;

import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The commune officer records entries of an approved part as paid on a day (signed on the signature list, or the
 * transfer confirmed); the part is PAID once every payable entry is, the list CLOSED once every part is.
 */
public record RecordGiftPaidCommand(List<Long> entryIds, AdminUnitCode commune, LocalDate paidOn)
        implements CommuneCommand.ByOfficer<Integer> {

    @Override
    public String action() {
        return "gift.paid";
    }

    @Override
    public Integer execute(CommandContext context) {
        var em = context.em();
        if (entryIds == null || entryIds.isEmpty()) {
            throw new GiftException("gift.error.noEntries");
        }
        LocalDate day = paidOn == null ? context.today() : paidOn;
        if (day.isAfter(context.today())) {
            throw new GiftException("gift.error.paidInFuture");
        }
        GiftCommune part = null;
        JsonArrayBuilder paid = Jsons.createArrayBuilder();
        for (Long id : entryIds) {
            GiftEntry entry = id == null ? null : em.find(GiftEntry.class, id);
            if (entry == null || !entry.communeCode().equals(commune)) {
                throw new GiftException("gift.error.notFound");
            }
            if (part == null) {
                part = GiftParts.locked(em, entry.listId(), commune);
                if (!part.status().mayPay()) {
                    throw new GiftException(
                            "gift.error.communeStatus", new Label(part.status().labelKey()));
                }
            } else if (!part.listId().equals(entry.listId())) {
                throw new GiftException("gift.error.notFound");
            }
            entry.paid(day, context.actor().username());
            paid.add(entry.id());
        }
        em.flush();
        GiftParts.settle(em, part);
        context.recordChange(
                "GiftCommune",
                part.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("paidOn", day.toString())
                        .add("entries", paid)
                        .add("status", part.status().name())
                        .build()
                        .toString());
        return entryIds.size();
    }
}
