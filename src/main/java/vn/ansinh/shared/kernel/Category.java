package vn.ansinh.shared.kernel;

import java.util.List;

/**
 * The category of an applicant within a programme (diện đối tượng), with the programme's own
 * fields that must be filled for it. Amounts and coefficients are not here: they are rate tables
 * with effective dates.
 */
public enum Category {
    // Người có công (Ordinance 02/2020, Art. 3)
    PRE_1945_REVOLUTIONARY(Programme.MERITORIOUS_PERSON, ProgrammeField.SENIORITY_YEARS),
    AUGUST_1945_REVOLUTIONARY(Programme.MERITORIOUS_PERSON),
    HEROIC_MOTHER(Programme.MERITORIOUS_PERSON, ProgrammeField.CAREGIVER_PERSON_ID),
    ARMED_FORCES_HERO(Programme.MERITORIOUS_PERSON),
    RESISTANCE_LABOUR_HERO(Programme.MERITORIOUS_PERSON),
    WAR_INVALID(
            Programme.MERITORIOUS_PERSON,
            ProgrammeField.IMPAIRMENT_PERCENT,
            ProgrammeField.SEVERE_WOUNDS,
            ProgrammeField.CAREGIVER_PERSON_ID),
    WAR_INVALID_CLASS_B(
            Programme.MERITORIOUS_PERSON,
            ProgrammeField.IMPAIRMENT_PERCENT,
            ProgrammeField.SEVERE_WOUNDS,
            ProgrammeField.CAREGIVER_PERSON_ID),
    TREATED_AS_WAR_INVALID(
            Programme.MERITORIOUS_PERSON,
            ProgrammeField.IMPAIRMENT_PERCENT,
            ProgrammeField.SEVERE_WOUNDS,
            ProgrammeField.CAREGIVER_PERSON_ID),
    SICK_SOLDIER(
            Programme.MERITORIOUS_PERSON,
            ProgrammeField.IMPAIRMENT_PERCENT,
            ProgrammeField.SEVERE_WOUNDS,
            ProgrammeField.CAREGIVER_PERSON_ID),
    TOXIC_CHEMICAL_VICTIM(
            Programme.MERITORIOUS_PERSON,
            ProgrammeField.IMPAIRMENT_PERCENT,
            ProgrammeField.SEVERE_WOUNDS,
            ProgrammeField.CAREGIVER_PERSON_ID),
    IMPRISONED_ACTIVIST(Programme.MERITORIOUS_PERSON),
    RESISTANCE_ACTIVIST(Programme.MERITORIOUS_PERSON),
    REVOLUTION_HELPER(Programme.MERITORIOUS_PERSON, ProgrammeField.HELPER_AWARD, ProgrammeField.LIVES_ALONE),
    // Thân nhân người có công
    MARTYR_RELATIVE(
            Programme.MERITORIOUS_RELATIVE,
            ProgrammeField.RELATIONSHIP_TO_MERITORIOUS,
            ProgrammeField.MERITORIOUS_PERSON_NAME,
            ProgrammeField.MARTYR_COUNT,
            ProgrammeField.LIVES_ALONE),
    INVALID_RELATIVE(
            Programme.MERITORIOUS_RELATIVE,
            ProgrammeField.RELATIONSHIP_TO_MERITORIOUS,
            ProgrammeField.MERITORIOUS_PERSON_NAME,
            ProgrammeField.LIVES_ALONE),
    HEROIC_MOTHER_CAREGIVER(Programme.MERITORIOUS_RELATIVE, ProgrammeField.MERITORIOUS_PERSON_NAME),
    // Bảo trợ xã hội (Decree 20/2021, Art. 5)
    CHILD_WITHOUT_SUPPORT(Programme.SOCIAL_ASSISTANCE, ProgrammeField.ORPHAN_STATUS),
    YOUTH_IN_EDUCATION(Programme.SOCIAL_ASSISTANCE, ProgrammeField.ORPHAN_STATUS, ProgrammeField.SCHOOL_NAME),
    HIV_POOR_HOUSEHOLD(Programme.SOCIAL_ASSISTANCE),
    SINGLE_PARENT_POOR(Programme.SOCIAL_ASSISTANCE, ProgrammeField.CHILDREN_COUNT),
    ELDERLY_POOR_ALONE(Programme.SOCIAL_ASSISTANCE),
    ELDERLY_75_DIFFICULT_AREA(Programme.SOCIAL_ASSISTANCE),
    ELDERLY_80_NO_PENSION(Programme.SOCIAL_ASSISTANCE),
    ELDERLY_COMMUNITY_CARE(Programme.SOCIAL_ASSISTANCE),
    DISABLED(Programme.SOCIAL_ASSISTANCE, ProgrammeField.DISABILITY_LEVEL),
    CHILD_UNDER_3_DIFFICULT_AREA(Programme.SOCIAL_ASSISTANCE),
    // Trợ cấp hưu trí xã hội (Law 41/2024, Art. 21; Decree 176/2025)
    /** 75 and over, without a pension or a monthly social-insurance benefit. */
    SOCIAL_PENSION_75_NO_PENSION(Programme.SOCIAL_PENSION),
    /** 70 to under 75, in a poor or near-poor household, without a pension or monthly benefit. */
    SOCIAL_PENSION_70_POOR(Programme.SOCIAL_PENSION),
    // Hộ nghèo, cận nghèo
    POOR_HOUSEHOLD_MEMBER(Programme.POOR_HOUSEHOLD_SUPPORT, ProgrammeField.SUPPORT_KIND),
    NEAR_POOR_HOUSEHOLD_MEMBER(Programme.POOR_HOUSEHOLD_SUPPORT, ProgrammeField.SUPPORT_KIND),
    // Cai nghiện ma túy (Law 73/2021)
    VOLUNTARY_REHABILITATION(Programme.DRUG_REHABILITATION, ProgrammeField.REHAB_FORM),
    COMPULSORY_REHABILITATION(Programme.DRUG_REHABILITATION, ProgrammeField.REHAB_FORM),
    // Hỗ trợ chi phí mai táng
    FUNERAL_SOCIAL_ASSISTANCE(Programme.FUNERAL_SUPPORT),
    FUNERAL_MERITORIOUS(Programme.FUNERAL_SUPPORT),
    /** Funeral support for a social-pension recipient: its amount is entered and confirmed by administrators. */
    FUNERAL_SOCIAL_PENSION(Programme.FUNERAL_SUPPORT);

    private final Programme programme;
    private final List<ProgrammeField> fields;

    Category(Programme programme, ProgrammeField... fields) {
        this.programme = programme;
        this.fields = List.of(fields);
    }

    public Programme programme() {
        return programme;
    }

    /** The programme's own fields this category requires. */
    public List<ProgrammeField> fields() {
        return fields;
    }

    public String labelKey() {
        return "category." + name();
    }
}
