package vn.ansinh.casework.application;

import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.intake.domain.DossierContribution;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * Saves the assessment notes of a pending case (ý kiến thẩm định). Refused when someone else saved
 * the case since the writer opened it (optimistic locking): nobody's text is silently lost.
 */
public record WriteReviewNotesCommand(Long caseId, AdminUnitCode commune, String notes, long expectedVersion)
        implements CommuneCommand.ByOfficerOrApprover<BenefitCase> {

    @Override
    public String action() {
        return "case.notes";
    }

    @Override
    public BenefitCase execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = c.reviewNotes();
        c.writeReviewNotes(notes, expectedVersion, context.actor(), context.now());
        // whoever writes the assessment may not decide the case (maker-checker)
        context.em()
                .persist(new DossierContribution(
                        c.applicationId(),
                        DossierContribution.Kind.REVIEW_NOTES,
                        context.actor().username(),
                        context.now()));
        context.recordChange("Case", caseId.toString(), before, c.reviewNotes());
        return c;
    }
}
