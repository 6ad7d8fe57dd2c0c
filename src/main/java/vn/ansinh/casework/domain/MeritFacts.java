package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The facts of a meritorious person's case that the annex tables need (Decree 75/2021, Phụ lục I–III),
 * taken from the dossier's programme fields: impairment percent, number of martyrs, years of seniority,
 * living alone, especially severe wounds or illness, a helper's award and the caregiver (người phục vụ).
 * The payroll reads them from the case's columns ({@code benefit.domain.AnnexComponents}).
 */
@Embeddable
public class MeritFacts {

    @Column(name = "impairment_percent")
    private Integer impairmentPercent;

    @Column(name = "martyr_count")
    private Integer martyrCount;

    @Column(name = "seniority_years")
    private Integer seniorityYears;

    @Column(name = "lives_alone", nullable = false)
    private boolean livesAlone;

    @Column(name = "severe_wounds", nullable = false)
    private boolean severeWounds;

    @Column(name = "helper_award")
    private String helperAward;

    @Column(name = "caregiver_person_id")
    private Long caregiverPersonId;

    protected MeritFacts() {
        // for JPA
    }

    /** The facts of the dossier's fields (absent ones empty). */
    public static MeritFacts of(Map<ProgrammeField, String> values) {
        MeritFacts f = new MeritFacts();
        f.impairmentPercent = number(values.get(ProgrammeField.IMPAIRMENT_PERCENT));
        f.martyrCount = number(values.get(ProgrammeField.MARTYR_COUNT));
        f.seniorityYears = number(values.get(ProgrammeField.SENIORITY_YEARS));
        f.livesAlone = "YES".equals(values.get(ProgrammeField.LIVES_ALONE));
        f.severeWounds = "YES".equals(values.get(ProgrammeField.SEVERE_WOUNDS));
        f.helperAward = values.get(ProgrammeField.HELPER_AWARD);
        Integer caregiver = number(values.get(ProgrammeField.CAREGIVER_PERSON_ID));
        f.caregiverPersonId = caregiver == null ? null : caregiver.longValue();
        return f;
    }

    private static Integer number(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    public Integer impairmentPercent() {
        return impairmentPercent;
    }

    public Integer martyrCount() {
        return martyrCount;
    }

    public Integer seniorityYears() {
        return seniorityYears;
    }

    public boolean livesAlone() {
        return livesAlone;
    }

    public boolean severeWounds() {
        return severeWounds;
    }

    public String helperAward() {
        return helperAward;
    }
    /** The registry id of the caregiver, or null. */
    public Long caregiverPersonId() {
        return caregiverPersonId;
    }
}
