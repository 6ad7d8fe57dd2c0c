// Long because it is the case aggregate: every status transition with its guard, one method each.
package vn.ansinh.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Actor;

/**
 * A case (trường hợp hưởng): one person in one programme, from the dossier through the decision to
 * the end of the benefit. It changes only through the transitions of its programme's
 * {@link Lifecycle}; each returns the {@link CaseEvent} that records it in the history.
 */
@Entity
@Table(name = "benefit_case")
public class BenefitCase implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private Long applicationId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false, updatable = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "disability_level")
    private String disabilityLevel;

    @jakarta.persistence.Embedded
    private MeritFacts meritFacts;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false)
    private CaseOrigin origin;

    @Column(name = "predecessor_id", updatable = false)
    private Long predecessorId;

    @Column(name = "claimant_person_id")
    private Long claimantPersonId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private LocalDateTime openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "posting_from")
    private LocalDate postingFrom;

    /** The first day after the posting: a decision may be made from this day on. */
    @Column(name = "posting_until")
    private LocalDate postingUntil;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "entitled_from")
    private LocalDate entitledFrom;

    @Column(name = "entitled_until")
    private LocalDate entitledUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "status_note")
    private String statusNote;

    @Column(name = "review_notes")
    private String reviewNotes;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @jakarta.persistence.Embedded
    private Rehabilitation rehabilitation;

    @Column(name = "review_year")
    private Integer reviewYear;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BenefitCase() {
        // for JPA
    }

    /** A new case in DRAFT for an application's dossier. */
    public static BenefitCase open(
            Application application, CaseOrigin origin, Long predecessorId, Actor by, Instant at) {
        BenefitCase c = new BenefitCase();
        c.applicationId = application.id();
        c.personId = application.personId();
        c.programme = application.programme();
        c.category = application.category();
        c.disabilityLevel = application.disabilityLevel();
        c.meritFacts = MeritFacts.of(application.values());
        c.communeCode = application.communeCode().value();
        c.provinceCode = application.provinceCode().value();
        c.status = CaseStatus.DRAFT;
        c.origin = origin;
        c.predecessorId = predecessorId;
        c.openedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        c.openedBy = by.username();
        c.touch(by, at);
        if (c.programme == Programme.DRUG_REHABILITATION) {
            c.rehabilitation = new Rehabilitation(
                    application.category() == Category.COMPULSORY_REHABILITATION
                            ? RehabMode.COMPULSORY
                            : RehabMode.VOLUNTARY);
        }
        return c;
    }

    /** The dossier follows the application while the officer may still change it. */
    public void followApplication(Application application, Actor by, Instant at) {
        requireEditable();
        category = application.category();
        disabilityLevel = application.disabilityLevel();
        meritFacts = MeritFacts.of(application.values());
        touch(by, at);
    }

    /** The officer's assessment notes; refused on stale data (someone else saved in between). */
    public void writeReviewNotes(String notes, long expectedVersion, Actor by, Instant at) {
        if (version != expectedVersion) {
            throw new ConcurrentCaseEditException(updatedBy, updatedAt);
        }
        if (!status.isEditable() && !status.awaitsDecision()) {
            throw new CaseException("case.error.notesClosed");
        }
        String text = notes == null ? null : notes.strip();
        if (text != null && text.length() > 4000) {
            throw new CaseException("case.error.notesTooLong", 4000);
        }
        requireNoFormula(text);
        reviewNotes = text == null || text.isEmpty() ? null : text;
        touch(by, at);
    }

    /** Submits the dossier for decision: the statutory time limit starts running. */
    public CaseEvent submit(ApprovalAuthority rule, WorkingCalendar calendar, LocalDate today, Actor by, Instant at) {
        CaseStatus from = move(CaseTransition.SUBMIT);
        submittedOn = today;
        submittedBy = by.username();
        dueOn = calendar.plusWorkingDays(today, rule.timeLimitDays());
        postingFrom = null;
        postingUntil = null;
        statusNote = null;
        return event(CaseTransition.SUBMIT, from, null, by, at);
    }

    /** Posts the case publicly at the commune, where the programme's procedure requires it. */
    public CaseEvent startPosting(
            ApprovalAuthority rule, WorkingCalendar calendar, LocalDate today, Actor by, Instant at) {
        if (!rule.requiresPosting()) {
            throw new CaseException("case.error.noPostingRequired");
        }
        CaseStatus from = move(CaseTransition.START_POSTING);
        postingFrom = today;
        postingUntil = calendar.plusWorkingDays(today, rule.postingDays());
        return event(CaseTransition.START_POSTING, from, null, by, at);
    }

    public CaseEvent withdraw(String note, Actor by, Instant at) {
        return noted(CaseTransition.WITHDRAW, note, by, at);
    }

    /** Sends the dossier back to the officer with what is missing. */
    public CaseEvent returnToOfficer(String note, Actor by, Instant at) {
        return noted(CaseTransition.RETURN, note, by, at);
    }

    public CaseEvent reject(String note, LocalDate today, Actor by, Instant at) {
        CaseEvent event = noted(CaseTransition.REJECT, note, by, at);
        decidedOn = today;
        decidedBy = by.username();
        return event;
    }

    /**
     * The competent authority approves: the decision is signed today and the benefit runs from
     * {@code firstMonth}. The approver's comment, if any, is kept on the event. The maker-checker rule
     * and the authority are checked by the command.
     */
    public CaseEvent approve(
            ApprovalAuthority rule, LocalDate today, YearMonth firstMonth, String note, Actor by, Instant at) {
        String comment = comment(note);
        if (rule.requiresPosting() && status == CaseStatus.SUBMITTED) {
            throw new CaseException("case.error.postingRequired", rule.postingDays());
        }
        if (status == CaseStatus.POSTED && today.isBefore(postingUntil)) {
            throw new CaseException("case.error.postingRunning", postingUntil);
        }
        CaseStatus from = move(CaseTransition.APPROVE);
        decidedOn = today;
        decidedBy = by.username();
        lastReviewedOn = today;
        statusNote = null;
        if (firstMonth != null) {
            entitledFrom = firstMonth.atDay(1);
        }
        return event(CaseTransition.APPROVE, from, comment, by, at);
    }

    /** The benefit starts: its first month has come. */
    public CaseEvent activate(Actor by, Instant at) {
        return event(CaseTransition.ACTIVATE, move(CaseTransition.ACTIVATE), null, by, at);
    }

    /** A change of category or disability level; the new amount is in the adjustment decision. */
    public CaseEvent adjust(
            Category newCategory, String newDisabilityLevel, String note, LocalDate today, Actor by, Instant at) {
        if (newCategory.programme() != programme) {
            throw new CaseException("case.error.otherProgramme");
        }
        String reason = comment(note);
        CaseStatus from = move(CaseTransition.ADJUST);
        category = newCategory;
        disabilityLevel = newDisabilityLevel;
        lastReviewedOn = today;
        return event(CaseTransition.ADJUST, from, reason, by, at);
    }

    /**
     * A change of the facts the annex tables read (a re-assessed impairment percent, the number of martyrs, a
     * caregiver…); the new amount is in the adjustment decision. The payroll reads the facts when it computes.
     */
    public CaseEvent changeMeritFacts(MeritFacts facts, String note, LocalDate today, Actor by, Instant at) {
        if (MeritFacts.fieldsOf(category).isEmpty()) {
            throw new CaseException("case.error.noMeritFacts");
        }
        String reason = comment(note);
        CaseStatus from = move(CaseTransition.ADJUST);
        meritFacts = facts;
        lastReviewedOn = today;
        return event(CaseTransition.ADJUST, from, reason, by, at);
    }

    /** The officer proposes to end, pause or resume the allowance; the case waits for the authority's decision. */
    public CaseEvent propose(CaseTransition proposal, String reason, Actor by, Instant at) {
        if (proposal != CaseTransition.PROPOSE_TERMINATION
                && proposal != CaseTransition.PROPOSE_SUSPENSION
                && proposal != CaseTransition.PROPOSE_REINSTATEMENT) {
            throw new IllegalArgumentException(proposal + " is no proposal");
        }
        return noted(proposal, reason, by, at);
    }

    /** The authority refused the proposal with a reason: the case is back in the status it had before. */
    public CaseEvent rejectProposal(CaseStatus previous, String reason, Actor by, Instant at) {
        String text = comment(reason);
        if (text == null) {
            throw new CaseException(
                    "case.error.noteRequired",
                    new vn.ansinh.shared.command.Label(CaseTransition.REJECT_PROPOSAL.labelKey()));
        }
        CaseStatus from = status;
        status = lifecycle().restore(from, previous);
        statusNote = text;
        return event(CaseTransition.REJECT_PROPOSAL, from, text, by, at);
    }

    /** The last month a stop can leave paid: never before the first month of the benefit. */
    public YearMonth lastPaidMonth(YearMonth lastMonth) {
        return entitledFrom != null && lastMonth.isBefore(YearMonth.from(entitledFrom))
                ? YearMonth.from(entitledFrom).minusMonths(1)
                : lastMonth;
    }

    public CaseEvent suspend(String note, Actor by, Instant at) {
        return noted(CaseTransition.SUSPEND, note, by, at);
    }

    public CaseEvent reinstate(Actor by, Instant at) {
        CaseStatus from = move(CaseTransition.REINSTATE);
        statusNote = null;
        return event(CaseTransition.REINSTATE, from, null, by, at);
    }

    /**
     * Ends the benefit: {@code lastMonth} is the last month paid (the month of the death, the move or
     * the loss of eligibility); payment stops from the month after.
     */
    public CaseEvent terminate(EndReason reason, YearMonth lastMonth, String note, Actor by, Instant at) {
        CaseEvent event = noted(CaseTransition.TERMINATE, note, by, at);
        endReason = reason;
        entitledUntil = lastPaidMonth(lastMonth).atDay(1);
        return event;
    }

    /**
     * Ended by a signed list decision that moves the person to another scheme (quyết định kèm danh sách),
     * paid through {@code lastMonth}: the list decision is the decision, no proposal precedes it.
     */
    public CaseEvent endByListDecision(YearMonth lastMonth, String note, Actor by, Instant at) {
        CaseEvent event = noted(CaseTransition.RECLASSIFY, note, by, at);
        endReason = EndReason.RECLASSIFIED;
        entitledUntil = lastPaidMonth(lastMonth).atDay(1);
        return event;
    }

    /** The rehabilitation starts at home, in the community or at a facility, with its planned end. */
    public CaseEvent startRehabilitation(RehabForm form, LocalDate start, LocalDate plannedEnd, Actor by, Instant at) {
        Rehabilitation plan = rehabilitation();
        plan.schedule(form, start, plannedEnd);
        CaseStatus from = move(CaseTransition.START_REHABILITATION);
        rehabilitation = plan;
        return event(CaseTransition.START_REHABILITATION, from, null, by, at);
    }

    /** The commune chairman certifies completion. */
    public CaseEvent completeRehabilitation(Actor by, Instant at) {
        return event(CaseTransition.COMPLETE, move(CaseTransition.COMPLETE), null, by, at);
    }

    public CaseEvent recordViolation(String note, Actor by, Instant at) {
        return noted(CaseTransition.RECORD_VIOLATION, note, by, at);
    }

    /** Post-rehabilitation management (quản lý sau cai) until the given day. */
    public CaseEvent beginAftercare(LocalDate until, LocalDate today, Actor by, Instant at) {
        Rehabilitation plan = rehabilitation();
        plan.manageAfterwardsUntil(until, today);
        CaseStatus from = move(CaseTransition.BEGIN_AFTERCARE);
        rehabilitation = plan;
        return event(CaseTransition.BEGIN_AFTERCARE, from, null, by, at);
    }

    /** A relapse: this case closes; the command opens a new one that refers to it. */
    public CaseEvent relapse(String note, Actor by, Instant at) {
        return noted(CaseTransition.RELAPSE, note, by, at);
    }

    public CaseEvent close(String note, Actor by, Instant at) {
        String text = comment(note);
        return event(CaseTransition.CLOSE, move(CaseTransition.CLOSE), text, by, at);
    }

    /** The poverty review found the household above the line: it escaped poverty. */
    public CaseEvent escapePoverty(YearMonth lastMonth, Actor by, Instant at) {
        CaseStatus from = move(CaseTransition.ESCAPE);
        entitledUntil = lastMonth.atDay(1);
        return event(CaseTransition.ESCAPE, from, null, by, at);
    }

    /** The review re-classified the household; the command opens the case of its new class. */
    public CaseEvent reclassify(YearMonth lastMonth, Actor by, Instant at) {
        CaseStatus from = move(CaseTransition.RECLASSIFY);
        entitledUntil = lastMonth.atDay(1);
        return event(CaseTransition.RECLASSIFY, from, null, by, at);
    }

    /** The poverty recognition's review year. */
    public void recogniseForYear(int year) {
        reviewYear = year;
    }

    /** The first month of a transferred benefit: the month after the old commune's last. */
    public void continueFrom(YearMonth firstMonth) {
        entitledFrom = firstMonth.atDay(1);
    }

    /** Who receives a funeral support. */
    public void assignClaimant(Long claimant) {
        claimantPersonId = claimant;
    }

    /**
     * Whether the monthly allowance pays for the month: the rule the payroll applies ({@link EntitledMonths}),
     * for a programme paid monthly.
     */
    public boolean paysFor(YearMonth month) {
        return lifecycle() == Lifecycle.MONTHLY_ALLOWANCE
                && EntitledMonths.pays(status, entitledFrom, entitledUntil, month);
    }

    private CaseEvent noted(CaseTransition transition, String note, Actor by, Instant at) {
        String text = comment(note);
        if (transition.requiresNote() && text == null) {
            throw new CaseException(
                    "case.error.noteRequired", new vn.ansinh.shared.command.Label(transition.labelKey()));
        }
        CaseStatus from = move(transition);
        statusNote = text;
        return event(transition, from, statusNote, by, at);
    }

    /** A comment or reason as stored: stripped, null when empty, at most 2,000 characters. */
    private static String comment(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 2000) {
            throw new CaseException("case.error.noteTooLong", 2000);
        }
        requireNoFormula(text);
        return text.isEmpty() ? null : text;
    }

    private CaseStatus move(CaseTransition transition) {
        CaseStatus from = status;
        status = lifecycle().target(transition, from);
        return from;
    }

    private CaseEvent event(CaseTransition transition, CaseStatus from, String note, Actor by, Instant at) {
        touch(by, at);
        return CaseEvent.of(this, transition, from, status, note, by, at);
    }

    /** A reason or note that a spreadsheet would run as a formula is refused (it may reach a file). */
    private static void requireNoFormula(String text) {
        if (vn.ansinh.shared.text.FormulaText.startsFormula(text)) {
            throw new CaseException(vn.ansinh.shared.text.FormulaText.MESSAGE_KEY);
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new CaseException("case.error.notEditable", new vn.ansinh.shared.command.Label(status.labelKey()));
        }
    }

    private void touch(Actor by, Instant at) {
        updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        updatedBy = by.username();
    }

    public Lifecycle lifecycle() {
        return Lifecycle.of(programme);
    }

    /** Whether the case's lifecycle allows the step from where it stands now (pages ask this, never the status). */
    public boolean allows(CaseTransition transition) {
        return lifecycle().allows(transition, status);
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long personId() {
        return personId;
    }

    public Programme programme() {
        return programme;
    }

    public Category category() {
        return category;
    }

    public String disabilityLevel() {
        return disabilityLevel;
    }
    /** The facts the annex tables need (meritorious people). */
    public MeritFacts meritFacts() {
        return meritFacts;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public CaseStatus status() {
        return status;
    }

    public CaseOrigin origin() {
        return origin;
    }

    public Long predecessorId() {
        return predecessorId;
    }

    public Long claimantPersonId() {
        return claimantPersonId;
    }

    public String openedBy() {
        return openedBy;
    }

    public LocalDateTime openedAt() {
        return openedAt;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate postingFrom() {
        return postingFrom;
    }

    public LocalDate postingUntil() {
        return postingUntil;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public YearMonth firstMonth() {
        return entitledFrom == null ? null : YearMonth.from(entitledFrom);
    }

    public YearMonth lastMonth() {
        return entitledUntil == null ? null : YearMonth.from(entitledUntil);
    }

    public EndReason endReason() {
        return endReason;
    }

    public String statusNote() {
        return statusNote;
    }

    public String reviewNotes() {
        return reviewNotes;
    }

    public LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }
    /** The rehabilitation plan (empty for the other programmes; JPA loads an all-empty one as null). */
    public Rehabilitation rehabilitation() {
        return rehabilitation == null ? new Rehabilitation() : rehabilitation;
    }

    public Integer reviewYear() {
        return reviewYear;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
