package vn.ansinh.casework.application;

import jakarta.persistence.LockModeType;
import java.util.Set;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.TransferRequest;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * The person's commune decides a transfer request. Accepting runs the move procedure
 * ({@link MovePersonCommand}, moved today): the person now lives in the requesting commune, each
 * running monthly allowance ends here and continues there as a transfer case. Refusing needs a reason.
 *
 * @param requestingResidence the requesting commune as a residence (needed to accept only)
 */
public record DecideTransferCommand(
        Long requestId,
        AdminUnitCode personCommune,
        boolean accept,
        Residence requestingResidence,
        String refusalReason)
        implements Command<TransferRequest> {

    public static DecideTransferCommand accepting(Long requestId, AdminUnitCode personCommune, Residence requesting) {
        return new DecideTransferCommand(requestId, personCommune, true, requesting, null);
    }

    public static DecideTransferCommand refusing(Long requestId, AdminUnitCode personCommune, String reason) {
        return new DecideTransferCommand(requestId, personCommune, false, null, reason);
    }

    @Override
    public String action() {
        return accept ? "transfer.accept" : "transfer.refuse";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return personCommune;
    }

    @Override
    public TransferRequest execute(CommandContext context) {
        TransferRequest request = context.em().find(TransferRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.fromCommune().equals(personCommune)) {
            throw new CaseException("transfer.error.notFound");
        }
        String before = request.json();
        String after;
        if (accept) {
            if (requestingResidence == null
                    || !requestingResidence.communeCode().equals(request.toCommune())) {
                throw new CaseException("transfer.error.notFound");
            }
            request.accept(context.actor().username(), context.now());
            MovePersonCommand.Outcome moved = new MovePersonCommand(
                            request.personId(), personCommune, requestingResidence, null, context.today())
                    .execute(context);
            after = request.json()
                    .replaceFirst(
                            "}$",
                            ",\"endedCases\":" + moved.endedCases() + ",\"transferCases\":" + moved.transferCases()
                                    + "}");
        } else {
            request.refuse(refusalReason, context.actor().username(), context.now());
            after = request.json();
        }
        context.recordChange("TransferRequest", requestId.toString(), before, after);
        return request;
    }
}
