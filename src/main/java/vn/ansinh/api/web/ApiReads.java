package vn.ansinh.api.web;

import jakarta.ws.rs.core.UriInfo;
import vn.ansinh.shared.access.domain.AccessKind;

/**
 * How the REST API's reads of personal data appear in the access log, beside the pages' reads: the same kinds
 * (a person's file, payment history, a decision), with the API's path as the target ({@code API /persons/12/cases}),
 * so that an auditor sees which reads came from another system. A refused read is noted by {@link ApiProblems}.
 */
final class ApiReads {

    private ApiReads() {}

    static String target(UriInfo uri) {
        return "API /" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * The kind of personal data a path of the API reads; null for the reads the pages do not log either (payrolls,
     * reports, an account).
     */
    static AccessKind kindOf(String path) {
        if (!path.matches("/?(persons|decisions)/.*") || path.endsWith("/account")) {
            return null;
        }
        if (path.contains("/payments")) {
            return AccessKind.PAYMENT_HISTORY;
        }
        return path.contains("decisions/") ? AccessKind.DECISION : AccessKind.PERSON_FILE;
    }
}
