package vn.ansinh.gift.application;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * An administrator of the country or of a province defines a one-off list for their unit: its name, cut-off,
 * budget source, and the amount per person of each qualifying category. Refused for a unit that is neither the
 * country nor a province existing today.
 */
public record DefineGiftListCommand(
        AdminUnitCode unit,
        String name,
        LocalDate cutOff,
        String budgetSource,
        Map<Category, Long> amounts,
        AdminUnitTree units)
        implements Command<GiftList> {

    @Override
    public String action() {
        return "gift.define";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public GiftList execute(CommandContext context) {
        var level = units.unitOn(unit, context.today()).map(u -> u.level());
        if (level.isEmpty() || (level.get() != AdminUnitLevel.NATION && level.get() != AdminUnitLevel.PROVINCE)) {
            throw new GiftException("gift.error.unit");
        }
        GiftList list = GiftList.define(
                name, unit, cutOff, budgetSource, amounts, context.actor().username(), context.now());
        context.em().persist(list);
        context.em().flush();
        JsonObjectBuilder byCategory = Jsons.createObjectBuilder();
        list.amounts().forEach((category, amount) -> byCategory.add(category.name(), amount));
        context.recordChange(
                "GiftList",
                list.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("name", list.name())
                        .add("unit", list.unitCode().value())
                        .add("cutOff", list.cutOff().toString())
                        .add("budgetSource", list.budgetSource())
                        .add("amounts", byCategory)
                        .build()
                        .toString());
        return list;
    }
}
