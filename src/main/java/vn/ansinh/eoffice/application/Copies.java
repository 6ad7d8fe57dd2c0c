package vn.ansinh.eoffice.application;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.shared.kernel.Jsons;

/** The stored copies of decisions, as the commands and the service read them. */
final class Copies {

    private Copies() {}

    /** The copy in the role of an individual decision ({@code of} DECISION) or of a list decision. */
    static Optional<DecisionCopy> of(EntityManager em, CopyOf of, Long id, CopyKind.CopyRole role) {
        String field = of == CopyOf.LIST ? "listDecisionId" : "decisionId";
        return em.createQuery(
                        "select c from DecisionCopy c where c." + field + " = :id and c.role = :r", DecisionCopy.class)
                .setParameter("id", id)
                .setParameter("r", role)
                .getResultStream()
                .findFirst();
    }

    /** The audit record's view of a copy. */
    static String json(DecisionCopy copy) {
        var json = Jsons.createObjectBuilder();
        if (copy.decisionId() != null) {
            json.add("decision", copy.decisionId());
        } else {
            json.add("listDecision", copy.listDecisionId());
        }
        json.add("kind", copy.kind().name()).add("sha256", copy.sha256()).add("size", copy.size());
        if (copy.signerSubject() != null) {
            json.add("signer", copy.signerSubject());
        }
        return json.build().toString();
    }
}
