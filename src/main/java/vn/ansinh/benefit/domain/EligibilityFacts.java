package vn.ansinh.benefit.domain;

import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.shared.kernel.Category;

/**
 * What is known of a person for a category on a day. A {@code null} poverty classification or
 * pension fact means "not recorded".
 *
 * @param poverty the household's classification in the review that applies that year, or null
 * @param receivesPension whether the person receives a pension or a monthly social-insurance benefit, or null
 * @param inSchool whether the dossier names the school the person attends
 */
public record EligibilityFacts(
        Category category,
        PartialDate birthDate,
        String disabilityLevel,
        PovertyClassification poverty,
        Boolean receivesPension,
        boolean inSchool) {}
