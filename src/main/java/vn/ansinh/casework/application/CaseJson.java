package vn.ansinh.casework.application;

import jakarta.json.JsonObjectBuilder;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.shared.kernel.Jsons;

/** A case's state as JSON for the audit row's before and after values. */
final class CaseJson {

    private CaseJson() {}

    static String of(BenefitCase c) {
        return builder(c).build().toString();
    }

    /** The case after a decision, with the decision's number. */
    static String withDecision(BenefitCase c, vn.ansinh.casework.domain.Decision decision) {
        return builder(c)
                .add("decision", decision.number())
                .add("decisionId", decision.id())
                .build()
                .toString();
    }

    /** The case after an approval that overrode failing eligibility conditions (the reason, or none). */
    static String withDecision(BenefitCase c, vn.ansinh.casework.domain.Decision decision, String eligibilityOverride) {
        JsonObjectBuilder json = builder(c).add("decision", decision.number()).add("decisionId", decision.id());
        add(json, "eligibilityOverride", eligibilityOverride);
        return json.build().toString();
    }

    private static JsonObjectBuilder builder(BenefitCase c) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("status", c.status().name())
                .add("category", c.category().name());
        add(json, "disabilityLevel", c.disabilityLevel());
        add(json, "firstMonth", c.firstMonth());
        add(json, "lastMonth", c.lastMonth());
        add(json, "endReason", c.endReason());
        add(json, "dueOn", c.dueOn());
        add(json, "note", c.statusNote());
        if (c.meritFacts() != null && !c.meritFacts().values(c.category()).isEmpty()) {
            // a meritorious person's facts the annex amounts follow (issue 10, i10-lists)
            JsonObjectBuilder facts = Jsons.createObjectBuilder();
            c.meritFacts().values(c.category()).forEach((field, value) -> facts.add(field.name(), value));
            json.add("facts", facts);
        }
        return json;
    }

    private static void add(JsonObjectBuilder json, String key, Object value) {
        if (value != null) {
            json.add(key, value.toString());
        }
    }
}
