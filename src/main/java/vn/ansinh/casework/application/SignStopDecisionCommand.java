package vn.ansinh.casework.application;

import java.time.YearMonth;
import java.util.List;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.BenefitResumed;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CasePause;
import vn.ansinh.casework.domain.CaseProposal;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.DossierMakers;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The competent authority of the day signs the decision on the case's open proposal: a numbered
 * termination (thôi hưởng), suspension (tạm dừng) or reinstatement (hưởng lại) decision, in the same
 * layout and numbering as approvals. Refused to whoever proposed it or made the dossier (maker-checker)
 * and to an approver of the wrong level or unit. A signed suspension dates its period; a signed
 * reinstatement closes the period, paid back or not, and releases the held lines it pays.
 */
public record SignStopDecisionCommand(Long caseId, AdminUnitCode commune, AdminUnitTree units)
        implements CommuneCommand.ByApprover<Decision> {

    @Override
    public String action() {
        return "case.signStopDecision";
    }

    @Override
    public Decision execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        CaseProposal proposal = StopProposals.open(context.em(), c);
        if (proposal == null) {
            throw new CaseException("proposal.error.none");
        }
        DecisionIssuer.Signing signing = DecisionIssuer.signing(
                context,
                units,
                c,
                DossierMakers.of(context.em(), c)
                        .with(new DossierMakers.Contribution(proposal.proposedBy(), DossierMakers.Hand.PROPOSED)));
        Person person = context.em().find(Person.class, c.personId());
        Decision replaced = DecisionIssuer.current(context.em(), c);
        // the decision of a kind on the case's own terms from a month (computed when issued, after the case changed)
        Issue issue = (kind, from, endReasonText, extras) -> DecisionIssuer.issue(
                context,
                c,
                signing,
                Entitlements.terms(kind, c, c.category(), c.disabilityLevel(), person, signing.rules(), from),
                replaced,
                endReasonText,
                extras);
        YearMonth month = proposal.month();
        Decision decision;
        CaseEvent event;
        switch (proposal.kind()) {
            case TERMINATION -> {
                event = c.terminate(proposal.endReason(), month, proposal.reason(), context.actor(), context.now());
                decision = issue.of(
                        DecisionKind.TERMINATION,
                        c.lastMonth().plusMonths(1),
                        proposal.reason(),
                        DecisionIssuer.Extras.NONE);
                context.publish(BenefitStopped.ended(c, proposal.endReason()));
            }
            case SUSPENSION -> {
                event = c.suspend(proposal.reason(), context.actor(), context.now());
                decision = issue.of(DecisionKind.SUSPENSION, month, proposal.reason(), DecisionIssuer.Extras.NONE);
                context.em().persist(CasePause.from(c, month, decision));
            }
            case REINSTATEMENT -> {
                CasePause pause = StopProposals.runningPause(context.em(), c);
                event = c.reinstate(context.actor(), context.now());
                List<String> more = pause == null || !month.isAfter(pause.from())
                        ? List.of()
                        : List.of(
                                DecisionWriter.text(
                                        "terms.suspendedPeriod",
                                        monthText(pause.from()),
                                        monthText(month.minusMonths(1))),
                                DecisionWriter.text(
                                        proposal.backPaid() ? "terms.backPaid" : "terms.notBackPaid",
                                        proposal.reason()));
                decision = issue.of(DecisionKind.REINSTATEMENT, month, null, DecisionIssuer.Extras.moreTerms(more));
                if (pause != null) {
                    pause.end(month, proposal.backPaid(), decision);
                }
                context.publish(new BenefitResumed(c.id()));
            }
            default -> throw new IllegalStateException(proposal.kind().name());
        }
        context.em().persist(event.withDecision(decision.id()));
        proposal.signed(decision, context.actor(), context.now());
        context.recordChange("Case", caseId.toString(), before, CaseJson.withDecision(c, decision));
        return decision;
    }

    /** Issues the decision of a kind on the case's own terms from a month. */
    private interface Issue {
        Decision of(DecisionKind kind, YearMonth from, String endReasonText, DecisionIssuer.Extras extras);
    }

    private static String monthText(YearMonth month) {
        return VietnameseFormat.month(month);
    }
}
