// Long because the case page offers every step of a case (transitions, adjustments, stop proposals, merit facts); each
// action is a thin call to CaseService.
package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseEvent;
import vn.ansinh.casework.domain.CaseProposal;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.ConcurrentCaseEditException;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.MeritFacts;
import vn.ansinh.casework.domain.RehabForm;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/**
 * A case ({@code ?id=}): the person, the dossier, the decisions and the full history, with the
 * steps the user may take now. Each action is one service call; what is allowed comes from the
 * service, never from the page.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private RegistryReader registry;

    private String id;
    private BenefitCase benefitCase;
    private Person person;
    private List<Decision> decisions = List.of();
    private List<CaseEvent> history = List.of();
    private Set<CaseTransition> transitions = Set.of();
    private boolean mayDecide;
    private boolean mayManage;
    private boolean mayWriteNotes;
    private String notes;
    private long notesVersion;
    private boolean notesConflict;
    private String note;
    private final CaseChangeForm change = new CaseChangeForm();
    private final StopProposalForm stop = new StopProposalForm();
    private CaseProposal proposal;
    private List<DecisionKind> proposable = List.of();
    private boolean mayDecideProposal;

    public void load() {
        RecordParam.find(id, this::open);
    }

    private BenefitCase open(long caseId) {
        benefitCase = cases.benefitCase(caseId);
        person = registry.person(benefitCase.personId());
        decisions = cases.decisions(benefitCase);
        history = cases.history(benefitCase);
        transitions = cases.availableTransitions(benefitCase);
        mayDecide = cases.mayDecide(benefitCase);
        mayManage = cases.mayManage(benefitCase);
        mayWriteNotes = cases.mayWriteNotes(benefitCase);
        if (!notesConflict) {
            notes = benefitCase.reviewNotes();
            notesVersion = benefitCase.version();
        }
        change.reset(benefitCase, cases.today());
        proposal = cases.openProposal(benefitCase);
        proposable = cases.proposableStops(benefitCase);
        mayDecideProposal = cases.mayDecideProposal(benefitCase);
        loadFacts();
        return benefitCase;
    }

    /** Saves the notes; if someone saved in between, keeps the text typed here and says who did. */
    public void saveNotes() {
        PageActions.attempt(() -> {
            try {
                cases.writeNotes(benefitCase, notes, notesVersion);
            } catch (ConcurrentCaseEditException e) {
                notesConflict = true;
                throw e;
            }
            notesConflict = false;
            Messages.info("case.notesSaved");
            load();
        });
    }

    /** After a conflict: the other person's notes are shown; saving again replaces them with the text kept here. */
    public void takeLatestVersion() {
        BenefitCase latest = cases.benefitCase(benefitCase.id());
        notesVersion = latest.version();
        Messages.info("case.notesLatest", latest.reviewNotes() == null ? "" : latest.reviewNotes());
    }

    public void transition(CaseTransition transition) {
        act(() -> cases.transition(benefitCase, transition, note), "case.done." + transition.name());
    }

    public void adjust() {
        act(
                () -> cases.adjust(
                        benefitCase, change.getCategory(), change.getDisabilityLevel(), change.getDate(), note),
                "case.done.ADJUST");
    }

    /** The officer proposes a termination, a suspension or a reinstatement with the form's month and reason. */
    public void propose(DecisionKind kind) {
        act(
                () -> {
                    Object done = cases.proposeStop(
                            benefitCase,
                            kind,
                            kind == DecisionKind.TERMINATION ? stop.getEndReason() : null,
                            stop.requiredMonth(),
                            kind == DecisionKind.REINSTATEMENT ? stop.isBackPaid() : null,
                            stop.getReason());
                    stop.clear();
                    return done;
                },
                "proposal.done." + kind.name());
    }

    /** The authority signs the decision on the open proposal. */
    public void signProposal() {
        act(() -> cases.signStop(benefitCase), "proposal.done.signed");
    }

    /** The authority rejects the open proposal with the reason typed. */
    public void rejectProposal() {
        act(
                () -> {
                    Object done = cases.rejectProposal(benefitCase, stop.getRejection());
                    stop.clear();
                    return done;
                },
                "proposal.done.rejected");
    }

    public void rehabilitation(CaseTransition step) {
        act(
                () -> {
                    BenefitCase next = cases.rehabilitation(
                            benefitCase, step, change.getRehabForm(), change.getStart(), change.getDate(), note);
                    if (!next.id().equals(benefitCase.id())) {
                        Pages.redirect("/casework/case.xhtml?id=" + next.id());
                    }
                    return next;
                },
                "case.done." + step.name());
    }

    public void povertyOutcome(CaseTransition outcome) {
        act(() -> cases.povertyOutcome(benefitCase, outcome, change.getReviewYear()), "case.done." + outcome.name());
    }

    private void act(Supplier<Object> action, String doneKey) {
        PageActions.attempt(() -> {
            action.get();
            note = null;
            Messages.info(doneKey);
            load();
        });
    }

    /** Whether the rehabilitation form applies: a rehabilitation case that can be started, followed up or relapse. */
    public boolean isRehabilitationSteps() {
        if (benefitCase == null) {
            return false;
        }
        var lifecycle = benefitCase.lifecycle();
        var status = benefitCase.status();
        return lifecycle.allows(CaseTransition.START_REHABILITATION, status)
                || lifecycle.allows(CaseTransition.BEGIN_AFTERCARE, status)
                || lifecycle.allows(CaseTransition.RELAPSE, status);
    }

    /** The simple steps the user may take now (each a button). */
    public List<CaseTransition> getTransitionList() {
        return List.copyOf(transitions);
    }

    /** Working days left before the statutory deadline, for a case waiting for a decision. */
    public Integer getDaysLeft() {
        return benefitCase != null && benefitCase.status().awaitsDecision() && benefitCase.dueOn() != null
                ? cases.daysLeft(benefitCase)
                : null;
    }

    public List<Category> getCategories() {
        return benefitCase == null ? List.of() : benefitCase.programme().categories();
    }

    /** The disability levels a case may be changed to (the programme field's options). */
    public List<String> getDisabilityLevels() {
        return ProgrammeField.DISABILITY_LEVEL.options();
    }

    public RehabForm[] getRehabForms() {
        return RehabForm.values();
    }

    public LocalDate getToday() {
        return cases.today();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BenefitCase getBenefitCase() {
        return benefitCase;
    }

    /** Whether the step asks first: a withdrawal ends the dossier for good (issue 14). */
    public boolean asksFirst(CaseTransition transition) {
        return transition == CaseTransition.WITHDRAW;
    }

    /** The question asked before a step that asks first, naming the person. */
    public String question(CaseTransition transition) {
        return person == null || !asksFirst(transition)
                ? ""
                : vn.ansinh.shared.web.Messages.text(
                        "case.confirm." + transition.name(),
                        person.fullName(),
                        person.birthDate().format());
    }

    public Person getPerson() {
        return person;
    }

    public List<Decision> getDecisions() {
        return decisions;
    }

    public List<CaseEvent> getHistory() {
        return history;
    }

    public boolean isMayDecide() {
        return mayDecide;
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public boolean isMayWriteNotes() {
        return mayWriteNotes;
    }

    public boolean isNotesConflict() {
        return notesConflict;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CaseChangeForm getChange() {
        return change;
    }

    public StopProposalForm getStop() {
        return stop;
    }
    /** The proposal waiting for the authority, or null. */
    public CaseProposal getProposal() {
        return proposal;
    }
    /** The proposals the officer may make now. */
    public List<DecisionKind> getProposable() {
        return proposable;
    }

    public boolean isMayDecideProposal() {
        return mayDecideProposal;
    }

    /** Whether the officer may propose this kind now (for the fields only that kind needs). */
    public boolean proposes(String kind) {
        return proposable.contains(DecisionKind.valueOf(kind));
    }
    // ---- issue 10 (i10-lists): a meritorious person's facts, their adjustment, whether any action is offered

    private List<CaseFact> facts = List.of();
    private boolean mayAdjustFacts;
    private final Map<ProgrammeField, String> factValues = new EnumMap<>(ProgrammeField.class);
    private YearMonth factsFrom;

    private void loadFacts() {
        facts = CaseFact.of(benefitCase, cases.caregiverName(benefitCase));
        mayAdjustFacts = cases.mayAdjustFacts(benefitCase);
        if (factValues.isEmpty() && benefitCase.meritFacts() != null) {
            factValues.putAll(benefitCase.meritFacts().values(benefitCase.category()));
        }
    }

    /** The approver signs an adjustment of the case's facts from the month typed (MM/yyyy). */
    public void adjustFacts() {
        YearMonth from = factsFrom;
        if (from == null) {
            Messages.error("case.error.factsMonthFormat");
            return;
        }
        act(() -> cases.adjustFacts(benefitCase, Map.copyOf(factValues), from, note), "case.done.adjustFacts");
    }

    /** The meritorious-person facts of the case (empty for the other categories). */
    public List<CaseFact> getFacts() {
        return facts;
    }

    /** The fields of the facts the approver may change, in the category's order. */
    public List<ProgrammeField> getFactFields() {
        return benefitCase == null ? List.of() : MeritFacts.fieldsOf(benefitCase.category());
    }

    public Map<ProgrammeField, String> getFactValues() {
        return factValues;
    }

    public YearMonth getFactsFrom() {
        return factsFrom;
    }

    public void setFactsFrom(YearMonth factsFrom) {
        this.factsFrom = factsFrom;
    }

    public boolean isMayAdjustFacts() {
        return mayAdjustFacts;
    }

    /** Whether the first form (a note and the simple steps) has a step to offer: deciding or a transition. */
    public boolean isQuickActions() {
        return mayDecide || !transitions.isEmpty();
    }

    /**
     * Whether the user may do anything on the case now (any form of the "Thao tác" section): otherwise the
     * section is not shown, e.g. on a terminated case.
     */
    public boolean isAnyAction() {
        return isQuickActions()
                || mayManage
                || mayAdjustFacts
                || mayDecideProposal
                || !proposable.isEmpty()
                || isRehabilitationSteps();
    }
}
