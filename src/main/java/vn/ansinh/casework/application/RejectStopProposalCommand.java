package vn.ansinh.casework.application;

import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.BenefitResumed;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseProposal;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DossierMakers;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The competent authority rejects the case's open proposal with a written reason: the case goes back to
 * the status it had before, and the lines held for a proposed termination or suspension are released
 * (months of a suspension still running stay held: {@link vn.ansinh.casework.domain.PausedMonths}).
 */
public record RejectStopProposalCommand(Long caseId, AdminUnitCode commune, String reason, AdminUnitTree units)
        implements CommuneCommand.ByApprover<BenefitCase> {

    @Override
    public String action() {
        return "case.rejectProposal";
    }

    @Override
    public BenefitCase execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        CaseProposal proposal = StopProposals.open(context.em(), c);
        if (proposal == null) {
            throw new CaseException("proposal.error.none");
        }
        DecisionIssuer.signing(
                context,
                units,
                c,
                DossierMakers.of(context.em(), c)
                        .with(new DossierMakers.Contribution(proposal.proposedBy(), DossierMakers.Hand.PROPOSED)));
        context.em().persist(c.rejectProposal(proposal.previousStatus(), reason, context.actor(), context.now()));
        proposal.rejected(c.statusNote(), context.actor(), context.now());
        if (proposal.kind() != DecisionKind.REINSTATEMENT) {
            context.publish(new BenefitResumed(c.id()));
        }
        context.recordChange("Case", caseId.toString(), before, CaseJson.of(c));
        return c;
    }
}
