package vn.ansinh.registry.application;

import jakarta.json.JsonObjectBuilder;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.Jsons;

/** The audit form of a person: what was recorded, as JSON. */
final class PersonJson {

    private PersonJson() {}

    static String of(Person p) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("fullName", p.fullName())
                .add("birthDate", p.birthDate().format())
                .add("sex", p.sex().name())
                .add("ethnicity", p.ethnicity().code())
                .add("commune", p.communeCode().value());
        addIfPresent(
                json,
                "personalId",
                p.personalId() == null ? null : p.personalId().value());
        addIfPresent(
                json,
                "oldIdNumber",
                p.oldIdNumber() == null ? null : p.oldIdNumber().value());
        addIfPresent(
                json,
                "healthInsuranceCard",
                p.healthInsuranceCard() == null ? null : p.healthInsuranceCard().value());
        addIfPresent(json, "phone", p.phone() == null ? null : p.phone().value());
        addIfPresent(json, "address", p.address());
        addIfPresent(
                json,
                "dateOfDeath",
                p.dateOfDeath() == null ? null : p.dateOfDeath().toString());
        return json.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
