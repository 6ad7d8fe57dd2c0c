package vn.ansinh.intake.application;

import vn.ansinh.intake.domain.Application;
import vn.ansinh.shared.kernel.Jsons;

/** The audit form of an application. */
final class ApplicationJson {

    private ApplicationJson() {}

    static String of(Application a) {
        return Jsons.createObjectBuilder()
                .add("person", a.personId())
                .add("programme", a.programme().name())
                .add("category", a.category().name())
                .add("details", a.detailsJson())
                .add("status", a.status().name())
                .add("receivedOn", a.receivedOn().toString())
                .build()
                .toString();
    }
}
