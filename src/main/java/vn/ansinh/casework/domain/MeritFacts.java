package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The facts of a meritorious person's case that the annex tables need (Decree 75/2021, Phụ lục I–III),
 * taken from the dossier's programme fields: impairment percent, number of martyrs, years of seniority,
 * living alone, especially severe wounds or illness, a helper's award and the caregiver (người phục vụ).
 * The payroll reads them from the case's columns ({@code benefit.domain.AnnexComponents}).
 */
@Embeddable
public class MeritFacts implements Serializable {

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

    /** The dossier's fields these facts are taken from. */
    public static final Set<ProgrammeField> FIELDS = EnumSet.of(
            ProgrammeField.IMPAIRMENT_PERCENT,
            ProgrammeField.MARTYR_COUNT,
            ProgrammeField.SENIORITY_YEARS,
            ProgrammeField.LIVES_ALONE,
            ProgrammeField.SEVERE_WOUNDS,
            ProgrammeField.HELPER_AWARD,
            ProgrammeField.CAREGIVER_PERSON_ID);

    protected MeritFacts() {
        // for JPA
    }

    /** The facts a case of the category carries (its fields among {@link #FIELDS}), in the category's order. */
    public static List<ProgrammeField> fieldsOf(Category category) {
        return category.fields().stream().filter(FIELDS::contains).toList();
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

    /**
     * The facts of a case of the category as the dossier's field values (numbers as text, "YES"/"NO" for the
     * yes-or-no fields), only its fields; a fact not recorded is absent. {@code of(values(c))} equals this.
     */
    public Map<ProgrammeField, String> values(Category category) {
        Map<ProgrammeField, String> values = new EnumMap<>(ProgrammeField.class);
        for (ProgrammeField field : fieldsOf(category)) {
            Object value = switch (field) {
                case IMPAIRMENT_PERCENT -> impairmentPercent;
                case MARTYR_COUNT -> martyrCount;
                case SENIORITY_YEARS -> seniorityYears;
                case LIVES_ALONE -> livesAlone ? "YES" : "NO";
                case SEVERE_WOUNDS -> severeWounds ? "YES" : "NO";
                case HELPER_AWARD -> helperAward;
                case CAREGIVER_PERSON_ID -> caregiverPersonId;
                default -> null;
            };
            if (value != null) {
                values.put(field, value.toString());
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeritFacts f
                && Objects.equals(impairmentPercent, f.impairmentPercent)
                && Objects.equals(martyrCount, f.martyrCount)
                && Objects.equals(seniorityYears, f.seniorityYears)
                && livesAlone == f.livesAlone
                && severeWounds == f.severeWounds
                && Objects.equals(helperAward, f.helperAward)
                && Objects.equals(caregiverPersonId, f.caregiverPersonId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                impairmentPercent,
                martyrCount,
                seniorityYears,
                livesAlone,
                severeWounds,
                helperAward,
                caregiverPersonId);
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
