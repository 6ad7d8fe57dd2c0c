package vn.ansinh.registry.application;

import java.io.Serializable;

/**
 * What an import created. The people's ids run from {@code firstPersonId} to {@code lastPersonId}
 * (another officer registering at the same moment may have taken an id in between).
 */
public record ImportSummary(
        int persons,
        int households,
        int reviews,
        int duplicateSuspects,
        Long firstPersonId,
        Long lastPersonId,
        String firstHouseholdCode,
        String lastHouseholdCode)
        implements Serializable {}
