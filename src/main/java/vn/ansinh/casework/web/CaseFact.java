package vn.ansinh.casework.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.MeritFacts;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * One fact of a meritorious person's case as the case page shows it: its label, and its value as a bundle key
 * (a choice, "none"), as text (a number), or as a person (the caregiver, with a link).
 */
public record CaseFact(ProgrammeField field, String valueKey, String value, Long personId) implements Serializable {

    public String labelKey() {
        return "case.fact." + field.name();
    }

    /** The facts of the case's category, in its order; one not recorded shows as "none". */
    static List<CaseFact> of(BenefitCase c, String caregiverName) {
        MeritFacts facts = c.meritFacts();
        Map<ProgrammeField, String> values = facts == null ? Map.of() : facts.values(c.category());
        List<CaseFact> shown = new ArrayList<>();
        for (ProgrammeField field : MeritFacts.fieldsOf(c.category())) {
            String value = values.get(field);
            if (value == null) {
                shown.add(new CaseFact(field, "case.fact.none", null, null));
            } else if (field == ProgrammeField.CAREGIVER_PERSON_ID) {
                shown.add(new CaseFact(field, null, caregiverName, Long.valueOf(value)));
            } else if (field == ProgrammeField.IMPAIRMENT_PERCENT) {
                shown.add(new CaseFact(field, null, value + "%", null));
            } else if (field.type() == ProgrammeField.Type.CHOICE) {
                shown.add(new CaseFact(field, field.optionKey(value), null, null));
            } else {
                shown.add(new CaseFact(field, null, value, null));
            }
        }
        return shown;
    }
}
