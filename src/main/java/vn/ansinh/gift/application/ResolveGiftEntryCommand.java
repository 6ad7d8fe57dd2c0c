package vn.ansinh.gift.application;

import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The commune officer resolves a person drawn without an identity number, before the review: kept on the list
 * (checked in person), or dropped.
 */
public record ResolveGiftEntryCommand(Long entryId, AdminUnitCode commune, Boolean keep)
        implements CommuneCommand.ByOfficer<GiftEntry> {

    @Override
    public String action() {
        return "gift.resolve";
    }

    @Override
    public GiftEntry execute(CommandContext context) {
        GiftEntry entry = entryId == null ? null : context.em().find(GiftEntry.class, entryId);
        if (entry == null || !entry.communeCode().equals(commune)) {
            throw new GiftException("gift.error.notFound");
        }
        GiftCommune part = GiftParts.locked(context.em(), entry.listId(), commune);
        if (!part.status().mayResolve()) {
            throw new GiftException(
                    "gift.error.communeStatus", new Label(part.status().labelKey()));
        }
        String before = entry.resolution().name();
        entry.resolve(Boolean.TRUE.equals(keep));
        context.recordChange(
                "GiftEntry", entry.id().toString(), before, entry.resolution().name());
        return entry;
    }
}
