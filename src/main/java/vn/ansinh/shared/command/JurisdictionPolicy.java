package vn.ansinh.shared.command;

import vn.ansinh.registry.domain.AdminUnitCode;

/** Decides whether a user's unit reaches a target unit. */
public interface JurisdictionPolicy {

    /** True when {@code jurisdiction} is {@code target} or one of its ancestors (the country covers all). */
    boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target);
}
