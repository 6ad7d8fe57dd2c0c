package vn.ansinh.eoffice.application;

import java.security.cert.X509Certificate;
import java.util.List;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.eoffice.domain.EOfficeException;
import vn.ansinh.eoffice.domain.SignedCopyRefused;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * An approver of the case's unit files the chairman's signed copy of a decision, once: it must be the issued copy
 * signed whole by a trusted certificate ({@link SignedCopyCheck}); a refusal says why, in the user's language, and
 * is audited on the unit. The bytes are already in the document store under {@code sha256} (removed again when
 * this command does not commit).
 *
 * @param signed       the uploaded file
 * @param issued       the stored bytes of the decision's issued copy
 * @param trustAnchors the trusted certification authorities
 */
public record AcceptSignedCopyCommand(
        Long decisionId,
        AdminUnitCode commune,
        byte[] signed,
        byte[] issued,
        List<X509Certificate> trustAnchors,
        String sha256)
        implements CommuneCommand.ByApprover<DecisionCopy> {

    @Override
    public String action() {
        return "decision.acceptSignedCopy";
    }

    @Override
    public DecisionCopy execute(CommandContext context) {
        if (Copies.of(context.em(), decisionId, CopyKind.CopyRole.SIGNED).isPresent()) {
            throw new EOfficeException("eoffice.error.alreadySigned");
        }
        SignedCopyCheck.Checked checked;
        try {
            checked = SignedCopyCheck.check(signed, issued, trustAnchors, context.now());
        } catch (SignedCopyCheck.Refused refused) {
            throw new SignedCopyRefused(refused.reason(), commune, decisionId, refused.getMessage());
        }
        DecisionCopy copy = DecisionCopy.stored(
                decisionId,
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
