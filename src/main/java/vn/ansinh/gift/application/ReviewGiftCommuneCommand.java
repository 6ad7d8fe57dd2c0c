package vn.ansinh.gift.application;

import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** The commune officer has reviewed the commune's part of a list; refused while people remain to resolve. */
public record ReviewGiftCommuneCommand(Long listId, AdminUnitCode commune)
        implements CommuneCommand.ByOfficer<GiftCommune> {

    @Override
    public String action() {
        return "gift.review";
    }

    @Override
    public GiftCommune execute(CommandContext context) {
        GiftCommune part = GiftParts.locked(context.em(), listId, commune);
        String before = part.status().name();
        part.review(
                GiftParts.toResolve(context.em(), listId, commune),
                context.actor().username(),
                context.now());
        context.recordChange(
                "GiftCommune", part.id().toString(), before, part.status().name());
        return part;
    }
}
