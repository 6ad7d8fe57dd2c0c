package vn.ansinh.eoffice.application;

import java.security.cert.X509Certificate;
import java.util.List;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.eoffice.domain.EOfficeException;
import vn.ansinh.eoffice.domain.SignedCopyRefused;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * An approver whose unit covers the commune files the chairman's signed copy of a decision or of a list decision
 * ({@code of}), once: it must be the issued copy signed whole by a trusted certificate ({@link SignedCopyCheck}); a
 * refusal says why, in the user's language, and is audited on the commune. The bytes are already in the document
 * store under {@code sha256} (removed again when this command does not commit). Audited as
 * {@code decision.acceptSignedCopy} or {@code listDecision.acceptSignedCopy}.
 *
 * @param id           the decision's id, or the list decision's
 * @param commune      the case's commune, or the list's
 * @param signed       the uploaded file
 * @param issued       the stored bytes of the decision's issued copy
 * @param trustAnchors the trusted certification authorities
 */
public record AcceptSignedCopyCommand(
        CopyOf of,
        Long id,
        AdminUnitCode commune,
        byte[] signed,
        byte[] issued,
        List<X509Certificate> trustAnchors,
        String sha256)
        implements CommuneCommand.ByApprover<DecisionCopy> {

    /** The chairman's signed copy of an individual decision. */
    public AcceptSignedCopyCommand(
            Long decisionId,
            AdminUnitCode commune,
            byte[] signed,
            byte[] issued,
            List<X509Certificate> trustAnchors,
            String sha256) {
        this(CopyOf.DECISION, decisionId, commune, signed, issued, trustAnchors, sha256);
    }

    @Override
    public String action() {
        return of == CopyOf.LIST ? "listDecision.acceptSignedCopy" : "decision.acceptSignedCopy";
    }

    @Override
    public DecisionCopy execute(CommandContext context) {
        if (Copies.of(context.em(), of, id, CopyKind.CopyRole.SIGNED).isPresent()) {
            throw new EOfficeException("eoffice.error.alreadySigned");
        }
        SignedCopyCheck.Checked checked;
        try {
            checked = SignedCopyCheck.check(signed, issued, trustAnchors, context.now());
        } catch (SignedCopyCheck.Refused refused) {
            throw new SignedCopyRefused(refused.reason(), commune, of, id, refused.getMessage());
        }
        DecisionCopy copy = DecisionCopy.stored(
                of,
                id,
                CopyKind.CHAIRMAN,
                sha256,
                signed.length,
                checked.signerSubject(),
                context.actor().username(),
                context.now());
        context.em().persist(copy);
        context.em().flush();
        context.recordChange("DecisionCopy", copy.id().toString(), null, Copies.json(copy));
        return copy;
    }
}
