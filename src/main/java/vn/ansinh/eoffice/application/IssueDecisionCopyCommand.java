package vn.ansinh.eoffice.application;

import java.util.Set;
import vn.ansinh.eoffice.domain.CopyKind;
import vn.ansinh.eoffice.domain.CopyOf;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.Role;

/**
 * The system files the issued copy of a decision or of a list decision ({@code of}), printed and (when the issuing
 * unit has a key store) sealed, the first time it is asked for, its bytes already in the document store: run as the
 * system ({@code CommandEngine.runAsSystem}) on behalf of whoever asked, so that a reader who may write nothing (the
 * auditor) still gets the one stored copy. Audited on the commune of the case or of the list, as
 * {@code decision.issueCopy} or {@code listDecision.issueCopy}.
 */
public record IssueDecisionCopyCommand(
        CopyOf of, Long id, AdminUnitCode commune, CopyKind kind, String sha256, long size, String signerSubject)
        implements Command<DecisionCopy> {

    @Override
    public String action() {
        return of == CopyOf.LIST ? "listDecision.issueCopy" : "decision.issueCopy";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public DecisionCopy execute(CommandContext context) {
        if (kind.role() != CopyKind.CopyRole.ISSUED) {
            throw new IllegalArgumentException("not an issued copy: " + kind);
        }
        DecisionCopy copy = DecisionCopy.stored(
                of, id, kind, sha256, size, signerSubject, context.actor().username(), context.now());
        context.em().persist(copy);
        context.em().flush();
        context.recordChange("DecisionCopy", copy.id().toString(), null, Copies.json(copy));
        return copy;
    }
}
