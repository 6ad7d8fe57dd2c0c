package vn.ansinh.gift.application;

import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** An approver of the commune approves its reviewed part of a list (never the officer who reviewed it). */
public record ApproveGiftCommuneCommand(Long listId, AdminUnitCode commune)
        implements CommuneCommand.ByApprover<GiftCommune> {

    @Override
    public String action() {
        return "gift.approve";
    }

    @Override
    public GiftCommune execute(CommandContext context) {
        GiftCommune part = GiftParts.locked(context.em(), listId, commune);
        String before = part.status().name();
        part.approve(context.actor().username(), context.now());
        context.recordChange(
                "GiftCommune", part.id().toString(), before, part.status().name());
        return part;
    }
}
