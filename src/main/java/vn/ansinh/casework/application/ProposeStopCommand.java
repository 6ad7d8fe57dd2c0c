package vn.ansinh.casework.application;

import java.time.YearMonth;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseProposal;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The commune officer proposes (đề nghị) to end, pause or resume a decided monthly allowance, with a
 * reason and a month: for a termination the last month paid (the month eligibility ended), for a
 * suspension the first month not paid, for a reinstatement the first month paid again and whether the
 * paused months are paid back. The payments of a proposed termination or suspension are held at once;
 * the competent authority signs the decision ({@link SignStopDecisionCommand}) or rejects the proposal
 * ({@link RejectStopProposalCommand}). Deaths and moves propose through their own records.
 */
public record ProposeStopCommand(
        Long caseId,
        AdminUnitCode commune,
        DecisionKind kind,
        EndReason endReason,
        YearMonth month,
        Boolean backPaid,
        String reason)
        implements CommuneCommand.ByOfficer<CaseProposal> {

    @Override
    public String action() {
        return "case.propose." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public CaseProposal execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        if (kind == DecisionKind.TERMINATION && month != null && month.isAfter(YearMonth.from(context.today()))) {
            throw new CaseException("case.error.changeDate");
        }
        CaseProposal proposal = StopProposals.propose(
                context,
                c,
                kind,
                kind == DecisionKind.TERMINATION && endReason == null ? EndReason.LOSS_OF_ELIGIBILITY : endReason,
                month,
                backPaid,
                reason);
        context.recordChange("Case", caseId.toString(), before, CaseJson.of(c));
        return proposal;
    }
}
