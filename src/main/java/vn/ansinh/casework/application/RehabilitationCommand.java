package vn.ansinh.casework.application;

import java.time.LocalDate;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.RehabForm;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * The officer's steps in a drug rehabilitation (cai nghiện): start it (form, start, planned end),
 * begin post-rehabilitation management until a day, or record a relapse, which closes this case
 * and opens a new compulsory one that refers to it. Returns the case the officer goes on with.
 */
public record RehabilitationCommand(
        Long caseId,
        AdminUnitCode commune,
        CaseTransition step,
        RehabForm form,
        LocalDate start,
        LocalDate end,
        String note)
        implements CommuneCommand.ByOfficer<BenefitCase> {

    public RehabilitationCommand {
        if (step != CaseTransition.START_REHABILITATION
                && step != CaseTransition.BEGIN_AFTERCARE
                && step != CaseTransition.RELAPSE) {
            throw new IllegalArgumentException(step + " is not a rehabilitation step");
        }
    }

    @Override
    public String action() {
        return "case." + step.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public BenefitCase execute(CommandContext context) {
        BenefitCase c = Cases.locked(context.em(), caseId, commune);
        String before = CaseJson.of(c);
        if (c.lifecycle() != vn.ansinh.casework.domain.Lifecycle.REHABILITATION) {
            throw new CaseException("case.error.notRehabilitation");
        }
        BenefitCase result = c;
        CaseEvent event = switch (step) {
            case START_REHABILITATION -> c.startRehabilitation(form, start, end, context.actor(), context.now());
            case BEGIN_AFTERCARE -> c.beginAftercare(end, context.today(), context.actor(), context.now());
            default -> c.relapse(note, context.actor(), context.now());
        };
        context.em().persist(event);
        if (step == CaseTransition.RELAPSE) {
            Application old = context.em().find(Application.class, c.applicationId());
            Application dossier = old.followUp(
                    Category.COMPULSORY_REHABILITATION,
                    context.today(),
                    context.actor().username(),
                    context.now());
            context.em().persist(dossier);
            context.em().flush();
            result = BenefitCase.open(dossier, CaseOrigin.RELAPSE, c.id(), context.actor(), context.now());
            Cases.store(context.em(), result);
        }
        context.recordChange("Case", caseId.toString(), before, CaseJson.of(c));
        return result;
    }
}
