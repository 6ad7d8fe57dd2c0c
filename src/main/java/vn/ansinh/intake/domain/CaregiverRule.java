package vn.ansinh.intake.domain;

import java.util.Map;
import java.util.function.LongFunction;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * Who may be named the caregiver (người phục vụ) of a beneficiary, the person paid the caregiver allowance
 * in her own name (Decree 75/2021/NĐ-CP, Phụ lục I, "trợ cấp người phục vụ"; DOMAIN.md, "One person, several
 * lines": paid <em>to the caregiver</em>, a person of the registry linked to the beneficiary): <b>a person
 * registered in the registry, alive, and not the beneficiary herself</b>. The one check of the field
 * {@link ProgrammeField#CAREGIVER_PERSON_ID}, made by every command that sets it — opening and changing an
 * application, and submitting it as a case (which copies it onto the case the payroll reads) — so that the
 * database's foreign key is never the first to refuse. Each refusal names the field.
 */
public final class CaregiverRule {

    private CaregiverRule() {}

    /**
     * Refuses the caregiver named in the application's {@code values}, if any, for the beneficiary
     * {@code beneficiaryId}; {@code registry} finds a person by id (null when there is none).
     */
    public static void check(long beneficiaryId, Map<ProgrammeField, String> values, LongFunction<Person> registry) {
        String value = values.get(ProgrammeField.CAREGIVER_PERSON_ID);
        if (value == null || value.isBlank()) {
            return;
        }
        check(beneficiaryId, Long.parseLong(value.strip()), registry);
    }

    /** The same check of a caregiver given by id (null: none), as an adjustment of a case's facts names her. */
    public static void check(long beneficiaryId, Long caregiverId, LongFunction<Person> registry) {
        if (caregiverId == null) {
            return;
        }
        if (caregiverId == beneficiaryId) {
            throw new IntakeException("application.error.caregiverSelf");
        }
        Person caregiver = registry.apply(caregiverId);
        if (caregiver == null) {
            throw new IntakeException("application.error.caregiverUnknown", Long.toString(caregiverId));
        }
        if (caregiver.isDeceased()) {
            throw new IntakeException("application.error.caregiverDeceased", Long.toString(caregiverId));
        }
    }
}
