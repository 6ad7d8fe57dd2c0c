package vn.ansinh.casework.application;

import java.util.List;
import java.util.Set;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.TransferRequest;
import vn.ansinh.casework.domain.TransferRequestStatus;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * An officer whose registration was blocked because the personal ID belongs to a person of another
 * unit asks that person's commune to transfer the file here. The request names the person only by the
 * ID the officer typed; it lands on the worklist of the person's commune.
 */
public record RequestTransferCommand(PersonalId personalId, AdminUnitCode requestingCommune, String reason)
        implements Command<TransferRequest> {

    @Override
    public String action() {
        return "transfer.request";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return requestingCommune;
    }

    @Override
    public TransferRequest execute(CommandContext context) {
        List<Object[]> holders = context.em()
                .createQuery("select p.id, p.communeCode from Person p where p.personalId = :id", Object[].class)
                .setParameter("id", personalId.value())
                .getResultList();
        if (holders.isEmpty()) {
            throw new CaseException("transfer.error.noPerson");
        }
        Long personId = (Long) holders.get(0)[0];
        AdminUnitCode personCommune = AdminUnitCode.of((String) holders.get(0)[1]);
        if (context.actorCovers(personCommune)) {
            // inside the officer's own jurisdiction the move is recorded directly on the person's page
            throw new CaseException("transfer.error.ownJurisdiction");
        }
        long pending = context.em()
                .createQuery(
                        "select count(t) from TransferRequest t where t.personId = :p"
                                + " and t.toCommuneCode = :to and t.status = :pending",
                        Long.class)
                .setParameter("p", personId)
                .setParameter("to", requestingCommune.value())
                .setParameter("pending", TransferRequestStatus.PENDING)
                .getSingleResult();
        if (pending > 0) {
            throw new CaseException("transfer.error.pending");
        }
        TransferRequest request = TransferRequest.ask(
                personId,
                personCommune,
                requestingCommune,
                reason,
                context.actor().username(),
                context.now());
        context.em().persist(request);
        context.em().flush();
        context.recordChange("TransferRequest", request.id().toString(), null, request.json());
        return request;
    }
}
