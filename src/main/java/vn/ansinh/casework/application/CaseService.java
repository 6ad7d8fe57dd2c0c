// Long because it is the casework pages' one facade: each read scoped to the user's units and each write as a command,
// one short method apiece.
package vn.ansinh.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseProposal;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.CaseworkQueries;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.RehabForm;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Casework as the logged-in user: each write is one command through the engine; reads are bounded
 * by the user's jurisdiction (a case of another commune is refused, even by URL).
 */
@ApplicationScoped
public class CaseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Clock clock;

    @Inject
    private DecisionPdf pdf;

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    // ---- reads

    public BenefitCase benefitCase(Long id) {
        BenefitCase c = id == null ? null : em.find(BenefitCase.class, id);
        if (c == null) {
            throw new AccessDeniedException("error.notFound", "no case " + id);
        }
        if (!units.covers(currentActor.get(), c.communeCode())) {
            throw new AccessDeniedException("error.access.unit", "case " + id + " outside jurisdiction")
                    .about(c.communeCode());
        }
        return c;
    }

    /** The case of an application, if it was submitted once. */
    public BenefitCase caseOf(Application application) {
        return CaseworkQueries.caseOfApplication(em, application.id());
    }

    public List<BenefitCase> casesOf(Person person) {
        return em.createQuery("select c from BenefitCase c where c.personId = :p order by c.id desc", BenefitCase.class)
                .setParameter("p", person.id())
                .getResultList();
    }

    public List<CaseEvent> history(BenefitCase c) {
        return em.createQuery(
                        "select e from CaseEvent e where e.caseId = :c order by e.occurredAt, e.id", CaseEvent.class)
                .setParameter("c", c.id())
                .getResultList();
    }

    public List<Decision> decisions(BenefitCase c) {
        return em.createQuery("select d from Decision d where d.caseId = :c order by d.id", Decision.class)
                .setParameter("c", c.id())
                .getResultList();
    }

    /** A decision, if the user may see its case. */
    public Decision decision(Long id) {
        Decision d = id == null ? null : em.find(Decision.class, id);
        if (d == null) {
            throw new AccessDeniedException("error.notFound", "no decision " + id);
        }
        benefitCase(d.caseId());
        return d;
    }

    /** The decision printed as signed, as a PDF. */
    public byte[] decisionPdf(Decision d) {
        return pdf.render(DecisionSheetJson.read(d.sheetJson()));
    }

    /** Working days left before the case's statutory deadline (negative when overdue). */
    public int daysLeft(BenefitCase c) {
        return CaseworkRules.calendar(em).workingDaysLeft(today(), c.dueOn());
    }

    // ---- what the user may do (pages ask before showing a button)

    /** Whether the user may approve, reject or return the case now: role, level, jurisdiction, maker-checker. */
    public boolean mayDecide(BenefitCase c) {
        return decisionRefusal(c).isEmpty();
    }

    /**
     * Why the user may not decide the case now (a message key), or empty when they may: not waiting
     * for a decision, not an approver, wrong level or unit, or the maker-checker rule.
     */
    public java.util.Optional<String> decisionRefusal(BenefitCase c) {
        if (!c.status().awaitsDecision()) {
            return java.util.Optional.of("decide.error.notWaiting");
        }
        if (!mayOpenDecision(c)) {
            return java.util.Optional.of("error.access.role");
        }
        var rule = CaseworkRules.authorities(em).ruleFor(c.programme(), today());
        return CompetentAuthority.refusal(
                rule, currentActor.get(), units.tree(), c, vn.ansinh.casework.domain.DossierMakers.of(em, c), today());
    }

    /**
     * Whether the user's roles and unit let them decide the case at all (approve, return, reject: the commands of
     * the decision page, which share their roles): the engine's check of {@link ApproveCaseCommand}. The decision
     * page answers 403 to whoever may not; the rules checked inside the command (the level, maker-checker) only hide
     * its buttons, with the reason shown.
     */
    public boolean mayOpenDecision(BenefitCase c) {
        return engine.permits(new ApproveCaseCommand(c.id(), c.communeCode(), units.tree()));
    }

    /** Whether the user may record a death or a move for the person: the life-events page answers 403 otherwise. */
    public boolean mayRecordLifeEvents(Person person) {
        return engine.permits(new RecordDeathCommand(person.id(), person.communeCode(), null))
                || engine.permits(new MovePersonCommand(person.id(), person.communeCode(), null, null, null));
    }

    /** Whether the user may change a running case (adjust, suspend, end): the competent authority. */
    public boolean mayManage(BenefitCase c) {
        if (!c.status().isRunning()
                || !engine.permits(
                        new AdjustCaseCommand(c.id(), c.communeCode(), null, null, null, null, units.tree()))) {
            return false;
        }
        var rule = CaseworkRules.authorities(em).ruleFor(c.programme(), today());
        return CompetentAuthority.permits(
                rule, currentActor.get(), units.tree(), c, vn.ansinh.casework.domain.DossierMakers.of(em, c), today());
    }

    /** The case's proposal waiting for a decision, or null. */
    public CaseProposal openProposal(BenefitCase c) {
        return StopProposals.open(em, c);
    }

    /** The proposals (termination, suspension, reinstatement) the user may make on the case now. */
    public List<DecisionKind> proposableStops(BenefitCase c) {
        return java.util.stream.Stream.of(DecisionKind.TERMINATION, DecisionKind.SUSPENSION, DecisionKind.REINSTATEMENT)
                .filter(kind -> c.lifecycle().allows(StopProposals.transitionOf(kind), c.status())
                        && c.lifecycle() == vn.ansinh.casework.domain.Lifecycle.MONTHLY_ALLOWANCE
                        && engine.permits(
                                new ProposeStopCommand(c.id(), c.communeCode(), kind, null, null, null, null)))
                .toList();
    }

    /** Whether the user may sign or reject the open proposal: the competent authority, who did not propose it. */
    public boolean mayDecideProposal(BenefitCase c) {
        CaseProposal proposal = openProposal(c);
        if (proposal == null || !engine.permits(new SignStopDecisionCommand(c.id(), c.communeCode(), units.tree()))) {
            return false;
        }
        var rule = CaseworkRules.authorities(em).ruleFor(c.programme(), today());
        var makers = vn.ansinh.casework.domain.DossierMakers.of(em, c)
                .with(new vn.ansinh.casework.domain.DossierMakers.Contribution(
                        proposal.proposedBy(), vn.ansinh.casework.domain.DossierMakers.Hand.PROPOSED));
        return CompetentAuthority.permits(rule, currentActor.get(), units.tree(), c, makers, today());
    }

    /** The officer's and approver's simple transitions the case allows now and the user may make. */
    public Set<CaseTransition> availableTransitions(BenefitCase c) {
        Set<CaseTransition> available = EnumSet.noneOf(CaseTransition.class);
        for (CaseTransition t : c.lifecycle().transitions().keySet()) {
            if (c.lifecycle().allows(t, c.status())
                    && CaseTransitionCommand.handles(t)
                    && t != CaseTransition.ACTIVATE
                    && engine.permits(command(c, t, null))) {
                available.add(t);
            }
        }
        // deciding (approve, return, reject) happens on the decision page, where the authority is checked
        available.remove(CaseTransition.RETURN);
        available.remove(CaseTransition.REJECT);
        return available;
    }

    public boolean mayWriteNotes(BenefitCase c) {
        return (c.status().isEditable() || c.status().awaitsDecision())
                && engine.permits(new WriteReviewNotesCommand(c.id(), c.communeCode(), null, c.version()));
    }

    // ---- writes

    public BenefitCase submit(Application application) {
        return engine.submit(new SubmitCaseCommand(application.id(), application.communeCode()));
    }

    public Decision approve(BenefitCase c, String comment) {
        return engine.submit(new ApproveCaseCommand(c.id(), c.communeCode(), units.tree(), comment));
    }

    /** Approves although eligibility conditions fail, for the approver's written reason. */
    public Decision approve(BenefitCase c, String comment, String overrideReason) {
        return engine.submit(new ApproveCaseCommand(c.id(), c.communeCode(), units.tree(), comment, overrideReason));
    }

    /** The conditions the case's person fails today under the rules of today ({@link Eligibility}). */
    public java.util.List<vn.ansinh.benefit.domain.EligibilityFailure> eligibilityFailures(BenefitCase c) {
        return Eligibility.check(em, c, today(), clock.instant());
    }

    public BenefitCase transition(BenefitCase c, CaseTransition transition, String note) {
        return switch (transition) {
            case START_REHABILITATION, BEGIN_AFTERCARE, RELAPSE, ESCAPE, RECLASSIFY ->
                throw new IllegalArgumentException(transition + " has its own method");
            default -> engine.submit(command(c, transition, note));
        };
    }

    public Decision adjust(BenefitCase c, Category category, String disabilityLevel, LocalDate changedOn, String note) {
        return engine.submit(new AdjustCaseCommand(
                c.id(), c.communeCode(), category, disabilityLevel, changedOn, note, units.tree()));
    }

    /** The officer proposes to end, pause or resume the allowance (the month as the kind reads it). */
    public CaseProposal proposeStop(
            BenefitCase c, DecisionKind kind, EndReason endReason, YearMonth month, Boolean backPaid, String reason) {
        return engine.submit(new ProposeStopCommand(c.id(), c.communeCode(), kind, endReason, month, backPaid, reason));
    }

    /** The authority signs the decision on the open proposal. */
    public Decision signStop(BenefitCase c) {
        return engine.submit(new SignStopDecisionCommand(c.id(), c.communeCode(), units.tree()));
    }

    /** The authority rejects the open proposal with a reason. */
    public BenefitCase rejectProposal(BenefitCase c, String reason) {
        return engine.submit(new RejectStopProposalCommand(c.id(), c.communeCode(), reason, units.tree()));
    }

    public BenefitCase rehabilitation(
            BenefitCase c, CaseTransition step, RehabForm form, LocalDate start, LocalDate end, String note) {
        return engine.submit(new RehabilitationCommand(c.id(), c.communeCode(), step, form, start, end, note));
    }

    public BenefitCase povertyOutcome(BenefitCase c, CaseTransition outcome, int reviewYear) {
        return engine.submit(new PovertyReviewOutcomeCommand(c.id(), c.communeCode(), outcome, reviewYear));
    }

    public BenefitCase writeNotes(BenefitCase c, String notes, long expectedVersion) {
        return engine.submit(new WriteReviewNotesCommand(c.id(), c.communeCode(), notes, expectedVersion));
    }

    public RecordDeathCommand.Outcome recordDeath(Person person, LocalDate dateOfDeath) {
        return engine.submit(new RecordDeathCommand(person.id(), person.communeCode(), dateOfDeath));
    }

    public MovePersonCommand.Outcome move(
            Person person, AdminUnitCode newCommune, String newAddress, LocalDate movedOn) {
        Residence residence =
                units.residenceIn(newCommune).orElseThrow(() -> new BusinessRuleException("person.error.commune"));
        return engine.submit(new MovePersonCommand(person.id(), person.communeCode(), residence, newAddress, movedOn));
    }

    // ---- issue 10 (i10-lists): a meritorious person's facts

    /** The name of the caregiver named on the case (the user may see the case), or null when none. */
    public String caregiverName(BenefitCase c) {
        Long id = c.meritFacts() == null ? null : c.meritFacts().caregiverPersonId();
        Person caregiver = id == null ? null : em.find(Person.class, id);
        return caregiver == null ? null : caregiver.fullName();
    }

    /** Whether the user may sign an adjustment of the case's meritorious-person facts now. */
    public boolean mayAdjustFacts(BenefitCase c) {
        return !vn.ansinh.casework.domain.MeritFacts.fieldsOf(c.category()).isEmpty()
                && c.lifecycle().allows(CaseTransition.ADJUST, c.status())
                && engine.permits(new AdjustMeritFactsCommand(c.id(), c.communeCode(), null, null, null, units.tree()))
                && mayManage(c);
    }

    /** The competent authority signs an adjustment that changes the case's facts from the month. */
    public Decision adjustFacts(
            BenefitCase c,
            java.util.Map<vn.ansinh.shared.kernel.ProgrammeField, String> facts,
            YearMonth from,
            String note) {
        return engine.submit(new AdjustMeritFactsCommand(c.id(), c.communeCode(), facts, from, note, units.tree()));
    }

    private CaseTransitionCommand command(BenefitCase c, CaseTransition t, String note) {
        return new CaseTransitionCommand(c.id(), c.communeCode(), t, note, units.tree());
    }
}
