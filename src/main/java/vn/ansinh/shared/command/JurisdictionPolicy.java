package vn.ansinh.shared.command;

import java.time.LocalDate;
import java.util.Optional;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Actor;

/** Decides whether a user's unit reaches a target unit. */
public interface JurisdictionPolicy {

    /** True when {@code jurisdiction} is {@code target} or one of its ancestors (the country covers all). */
    boolean covers(AdminUnitCode jurisdiction, AdminUnitCode target);

    /** Whether the actor may read or change data of the target unit: never once their unit is abolished. */
    default boolean covers(Actor actor, AdminUnitCode target) {
        return actor.jurisdiction().map(unit -> covers(unit, target)).orElse(false);
    }

    /**
     * The first day the unit no longer existed, when it does not exist on {@code day} (abolished);
     * empty while it exists. Policies that know nothing of validity say it always exists.
     */
    default Optional<LocalDate> abolishedOn(AdminUnitCode unit, LocalDate day) {
        return Optional.empty();
    }
}
