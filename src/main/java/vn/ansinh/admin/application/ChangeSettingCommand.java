package vn.ansinh.admin.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.admin.domain.Setting;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * An administrator changes a system setting. {@code expectedVersion} is the version the user saw:
 * if someone else changed the setting meanwhile, the change is refused instead of overwriting theirs.
 */
public record ChangeSettingCommand(SettingKey key, String newValue, long expectedVersion) implements Command<Setting> {

    @Override
    public String action() {
        return "setting.change";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public Setting execute(CommandContext context) {
        Setting setting = context.em().find(Setting.class, key.name(), LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            throw new BusinessRuleException("setting.error.unknown", key.name());
        }
        if (setting.version() != expectedVersion) {
            throw new BusinessRuleException("error.conflict", setting.updatedBy());
        }
        String before = setting.value();
        setting.change(newValue, context.actor().username(), context.now());
        context.recordChange("Setting", key.name(), json(before), json(setting.value()));
        return setting;
    }

    private static String json(String value) {
        return Jsons.createObjectBuilder().add("value", value).build().toString();
    }
}
