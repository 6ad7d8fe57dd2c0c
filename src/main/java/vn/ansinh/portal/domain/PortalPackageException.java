package vn.ansinh.portal.domain;

import vn.ansinh.shared.kernel.BusinessRuleException;

/** A portal package refused, with the reason the officer (and the portal) is told: a {@code portal.error.*} key. */
public class PortalPackageException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public PortalPackageException(String reason, Object... arguments) {
        super("portal.error." + reason, arguments);
    }
}
