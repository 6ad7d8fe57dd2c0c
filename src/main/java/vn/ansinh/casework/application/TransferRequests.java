package vn.ansinh.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.TransferRequest;
import vn.ansinh.casework.domain.TransferRequestStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;

/**
 * Requests to transfer a person's file between communes: sending one, the list the person's commune
 * decides from (with the person's name: the file is theirs), the list the requesting commune follows
 * (without it: the person is not theirs yet), and the decisions.
 */
@ApplicationScoped
public class TransferRequests {

    private static final int LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    /** A request the person's commune must decide. */
    public record Incoming(
            Long id,
            Long personId,
            String personName,
            String personalId,
            String requestingUnit,
            String reason,
            LocalDateTime requestedAt,
            String requestedBy)
            implements Serializable {}

    /** A request the user's commune sent, as it stands (the person is named by the ID typed). */
    public record Outgoing(
            Long id,
            String personalId,
            String reason,
            String statusKey,
            String refusalReason,
            LocalDateTime requestedAt)
            implements Serializable {}

    public TransferRequest request(PersonalId personalId, AdminUnitCode requestingCommune, String reason) {
        return engine.submit(new RequestTransferCommand(personalId, requestingCommune, reason));
    }

    public TransferRequest accept(Long requestId) {
        TransferRequest request = find(requestId);
        Residence requesting =
                units.residenceIn(request.toCommune()).orElseThrow(() -> new CaseException("transfer.error.notFound"));
        return engine.submit(DecideTransferCommand.accepting(requestId, request.fromCommune(), requesting));
    }

    public TransferRequest refuse(Long requestId, String reason) {
        TransferRequest request = find(requestId);
        return engine.submit(DecideTransferCommand.refusing(requestId, request.fromCommune(), reason));
    }

    /** Pending requests for people of the user's jurisdiction, oldest first. */
    public List<Incoming> incoming() {
        UnitScope.Condition within = scope().unit("t.fromCommuneCode");
        var query = em.createQuery(
                        "select t, p from TransferRequest t, Person p where p.id = t.personId"
                                + " and t.status = :pending and " + within.jpql("scope")
                                + " order by t.requestedAt, t.id",
                        Object[].class)
                .setParameter("pending", TransferRequestStatus.PENDING);
        return within.bind(query, "scope").setMaxResults(LIMIT).getResultList().stream()
                .map(row -> {
                    TransferRequest t = (TransferRequest) row[0];
                    Person p = (Person) row[1];
                    return new Incoming(
                            t.id(),
                            p.id(),
                            p.fullName(),
                            p.personalId() == null ? "" : p.personalId().value(),
                            units.nameOf(t.toCommune()),
                            t.reason(),
                            t.requestedAt(),
                            t.requestedBy());
                })
                .toList();
    }

    /** Requests sent from the user's jurisdiction, newest first. */
    public List<Outgoing> outgoing() {
        UnitScope.Condition within = scope().unit("t.toCommuneCode");
        var query = em.createQuery(
                "select t, p.personalId from TransferRequest t, Person p where p.id = t.personId and "
                        + within.jpql("scope") + " order by t.requestedAt desc, t.id desc",
                Object[].class);
        return within.bind(query, "scope").setMaxResults(LIMIT).getResultList().stream()
                .map(row -> {
                    TransferRequest t = (TransferRequest) row[0];
                    return new Outgoing(
                            t.id(),
                            (String) row[1],
                            t.reason(),
                            t.status().labelKey(),
                            t.refusalReason(),
                            t.requestedAt());
                })
                .toList();
    }

    /** Whether the user may decide requests for people of this commune (pages hide the buttons otherwise). */
    public boolean mayDecide(AdminUnitCode personCommune) {
        return engine.permits(DecideTransferCommand.refusing(0L, personCommune, ""));
    }

    private UnitScope scope() {
        return units.scopeOf(currentActor.get());
    }

    private TransferRequest find(Long requestId) {
        TransferRequest request = requestId == null ? null : em.find(TransferRequest.class, requestId);
        if (request == null || !units.covers(currentActor.get(), request.fromCommune())) {
            throw new CaseException("transfer.error.notFound");
        }
        return request;
    }
}
