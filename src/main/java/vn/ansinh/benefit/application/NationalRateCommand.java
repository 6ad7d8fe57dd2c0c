package vn.ansinh.benefit.application;

import java.util.Set;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/** A command that enters a national rate row: administrators run it, for the whole country. */
interface NationalRateCommand<R> extends Command<R> {

    @Override
    default Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    default AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }
}
