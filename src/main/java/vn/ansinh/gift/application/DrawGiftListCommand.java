package vn.ansinh.gift.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.persistence.SqlEnums;
import vn.ansinh.shared.security.Role;

/**
 * An administrator draws the list of their unit from the registry at its cut-off ({@link GiftDraw}); again, if
 * need be, while no commune has reviewed its part: the same cut-off gives the same people.
 */
public record DrawGiftListCommand(Long listId, AdminUnitCode unit, AdminUnitTree units) implements Command<Integer> {

    @Override
    public String action() {
        return "gift.draw";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public Integer execute(CommandContext context) {
        var em = context.em();
        GiftList list = listId == null ? null : em.find(GiftList.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null || !list.unitCode().equals(unit)) {
            throw new GiftException("gift.error.notFound");
        }
        if (!list.status().mayDraw()) {
            throw new GiftException(
                    "gift.error.listStatus",
                    new vn.ansinh.shared.command.Label(list.status().labelKey()));
        }
        long moved = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM gift_commune WHERE list_id = ? AND status <> "
                                + SqlEnums.literal(GiftCommuneStatus.DRAWN))
                        .setParameter(1, list.id())
                        .getSingleResult())
                .longValue();
        if (moved > 0) {
            throw new GiftException("gift.error.alreadyReviewed");
        }
        String before = "{\"status\":\"" + list.status() + "\"}";
        int entries = GiftDraw.run(em, list, units);
        list.drawn(context.actor().username(), context.now());
        context.recordChange(
                "GiftList",
                list.id().toString(),
                before,
                Jsons.createObjectBuilder()
                        .add("status", list.status().name())
                        .add("cutOff", list.cutOff().toString())
                        .add("entries", entries)
                        .build()
                        .toString());
        return entries;
    }
}
