package vn.ansinh.alert.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Why the daily scan flags a case (DOMAIN.md: "nothing re-checks beneficiaries today"). Age kinds
 * fire on the birthday at which the person reaches {@link #age()}, for the categories whose
 * coefficient or eligibility changes at that age; the other kinds have their own trigger. Each kind
 * knows whose worklist it belongs to and who may mark it done.
 */
public enum AlertKind {
    /** A child under 3 in a particularly difficult area turns 3: the category ends. */
    CHILD_TURNS_3(Trigger.BIRTHDAY, 3, EnumSet.of(Category.CHILD_UNDER_3_DIFFICULT_AREA)),
    /** A child without support or with HIV turns 16: the child coefficient ends (school, or stop). */
    CHILD_TURNS_16(Trigger.BIRTHDAY, 16, EnumSet.of(Category.CHILD_WITHOUT_SUPPORT, Category.HIV_POOR_HOUSEHOLD)),
    /** 1 September: the officer confirms that a 16–22-year-old is still in school. */
    YOUTH_SCHOOL_CHECK(Trigger.SCHOOL_YEAR, null, EnumSet.of(Category.YOUTH_IN_EDUCATION)),
    /** A youth in education turns 23: the 16–22 band ends. */
    YOUTH_TURNS_23(Trigger.BIRTHDAY, 23, EnumSet.of(Category.YOUTH_IN_EDUCATION)),
    /**
     * A social-assistance beneficiary turns 75: the social pension (Decree 176/2025) may apply; a
     * social-pension recipient of the 70–75 band (poor or near-poor) moves to the 75+ category.
     */
    TURNS_75(Trigger.BIRTHDAY, 75, withSocialPension70(Programme.SOCIAL_ASSISTANCE.categories())),
    /** A social-assistance beneficiary turns 80: the coefficient changes. */
    TURNS_80(Trigger.BIRTHDAY, 80, EnumSet.copyOf(Programme.SOCIAL_ASSISTANCE.categories())),
    /** The law ends the category (e.g. Decree 335/2026 ends "80+ without a pension"): the benefit must stop. */
    CATEGORY_ENDED(Trigger.LAW, null, EnumSet.copyOf(Programme.SOCIAL_ASSISTANCE.categories())),
    /** The household is no longer poor (or near-poor) in the review that applies next year: the benefit must stop. */
    POVERTY_LAPSED(Trigger.POVERTY, null, EnumSet.copyOf(Programme.SOCIAL_ASSISTANCE.categories())),
    /** The record was not reviewed for longer than the RECORD_REVIEW_MONTHS setting. */
    RECORD_NOT_REVIEWED(Trigger.REVIEW, null, EnumSet.allOf(Category.class)),
    /** A submitted or posted case is past its statutory deadline without a decision. */
    DECISION_OVERDUE(Trigger.DEADLINE, null, EnumSet.allOf(Category.class)),
    /**
     * The population database answers that the beneficiary has died (vn.ansinh.population): the officer confirms
     * it and records the death, which starts the death procedure; nothing stops by the answer alone, since a data
     * error must not stop a living person's money. Due on the date of death the database gives.
     */
    PERSON_DECEASED(Trigger.REGISTRY, null, EnumSet.allOf(Category.class));

    private static Set<Category> withSocialPension70(java.util.List<Category> categories) {
        Set<Category> set = EnumSet.copyOf(categories);
        set.add(Category.SOCIAL_PENSION_70_POOR);
        return set;
    }

    /** What makes an alert of the kind due. */
    public enum Trigger {
        BIRTHDAY,
        SCHOOL_YEAR,
        REVIEW,
        DEADLINE,
        LAW,
        POVERTY,
        /** Raised when an outside register answers (the population database), never by the daily scan. */
        REGISTRY
    }

    /** The kinds whose event ends the eligibility: the officer proposes a termination (unless in school at 16). */
    private static final Set<AlertKind> LAPSES = java.util.Collections.unmodifiableSet(
            EnumSet.of(CHILD_TURNS_3, CHILD_TURNS_16, YOUTH_TURNS_23, CATEGORY_ENDED, POVERTY_LAPSED));

    private final Trigger trigger;
    private final Integer age;
    private final Set<Category> categories;

    AlertKind(Trigger trigger, Integer age, Set<Category> categories) {
        this.trigger = trigger;
        this.age = age;
        this.categories = java.util.Collections.unmodifiableSet(categories);
    }

    public Trigger trigger() {
        return trigger;
    }

    /** The age reached on the birthday, for {@link Trigger#BIRTHDAY} kinds; otherwise {@code null}. */
    public Integer age() {
        return age;
    }

    /** The case categories the kind watches. */
    public Set<Category> categories() {
        return categories;
    }

    /** The role whose worklist the alert belongs to: the approver for overdue decisions, else the officer. */
    public Role owner() {
        return this == DECISION_OVERDUE ? Role.APPROVER : Role.COMMUNE_OFFICER;
    }

    /**
     * Whether a holder of the role sees the kind in their worklist: the officer and the read-only
     * roles see every kind, the approver overdue decisions and stale records.
     */
    public boolean isShownTo(Role role) {
        return role != Role.APPROVER || this == DECISION_OVERDUE || this == RECORD_NOT_REVIEWED;
    }

    /** The roles that may mark the alert done: its owner, and both officer and approver for a stale record. */
    public Set<Role> resolvers() {
        return this == RECORD_NOT_REVIEWED ? EnumSet.of(Role.COMMUNE_OFFICER, Role.APPROVER) : EnumSet.of(owner());
    }

    /**
     * The day of the coming school-year check: 1 September of this year, or of next year once this
     * year's has passed (on 1 September itself, that day).
     */
    public static LocalDate schoolCheckAfter(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), Month.SEPTEMBER, 1);
        return today.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
    }

    /** The kinds in the actor's worklist, over all of their roles. */
    public static Set<AlertKind> shownTo(Actor actor) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        for (Role role : actor.roles()) {
            Arrays.stream(values()).filter(kind -> kind.isShownTo(role)).forEach(kinds::add);
        }
        return kinds;
    }

    public String labelKey() {
        return "alert.kind." + name();
    }

    /** Whether the officer goes from the alert to recording the person's death (the life-events page). */
    public boolean leadsToDeathRecord() {
        return this == PERSON_DECEASED;
    }

    /** The termination the event needs, if it ends the eligibility: loss of eligibility. */
    public java.util.Optional<vn.ansinh.casework.domain.EndReason> termination() {
        return LAPSES.contains(this)
                ? java.util.Optional.of(vn.ansinh.casework.domain.EndReason.LOSS_OF_ELIGIBILITY)
                : java.util.Optional.empty();
    }

    /** The first month without the benefit: the month after the day eligibility ends (DOMAIN §2.1), if it ends. */
    public java.util.Optional<java.time.YearMonth> stopFrom(LocalDate dueOn) {
        return termination().map(reason -> java.time.YearMonth.from(dueOn).plusMonths(1));
    }
}
