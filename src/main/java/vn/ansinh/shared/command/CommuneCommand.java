package vn.ansinh.shared.command;

import java.util.Set;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * A command on a commune's records: it acts on the commune it names. Its kinds say who runs it, so that a
 * command declares only its action and its work.
 */
public interface CommuneCommand<R> extends Command<R> {

    /** The commune whose records the command touches. */
    AdminUnitCode commune();

    @Override
    default AdminUnitCode unit() {
        return commune();
    }

    /** Run by the commune officer. */
    interface ByOfficer<R> extends CommuneCommand<R> {
        @Override
        default Set<Role> permittedRoles() {
            return Set.of(Role.COMMUNE_OFFICER);
        }
    }

    /** Run by an approver (a decision: the competent authority, never the dossier's maker). */
    interface ByApprover<R> extends CommuneCommand<R> {
        @Override
        default Set<Role> permittedRoles() {
            return Set.of(Role.APPROVER);
        }
    }

    /** Run by the commune officer or an approver. */
    interface ByOfficerOrApprover<R> extends CommuneCommand<R> {
        @Override
        default Set<Role> permittedRoles() {
            return Set.of(Role.COMMUNE_OFFICER, Role.APPROVER);
        }
    }
}
