package vn.ansinh.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.time.VietnamTime;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.RecordParam;

/** One household: its members, adding a member, and its poverty reviews year by year. */
@Named
@ViewScoped
public class HouseholdView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader reader;

    @Inject
    private RegistryService registry;

    @Inject
    private Clock clock;

    private String id;
    private Household household;
    private List<Object[]> members;
    private List<PovertyReview> reviews;

    private String memberPersonalId;
    private Relationship memberRelationship = Relationship.CHILD;

    private Integer reviewYear;
    private Long reviewIncome;
    private List<String> reviewDeprivations = new ArrayList<>();

    @PostConstruct
    void init() {
        reviewYear = VietnamTime.today(clock).getYear();
    }

    public void load() {
        RecordParam.find(id, householdId -> {
            household = reader.household(householdId);
            members = reader.membersOf(household);
            reviews = reader.reviewsOf(household);
            return household;
        });
    }

    /** Adds the registered person with the given personal ID as a member. */
    public void admit() {
        PageActions.attemptForField("member:personalId", () -> {
            PersonalId personalId = PersonalId.of(memberPersonalId);
            Person person = reader.search(personalId.value(), 0, 1).stream()
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleException("household.error.memberNotInCommune"));
            registry.admitMember(household.id(), person.id(), memberRelationship);
            Messages.info("household.memberAdded", person.fullName());
            memberPersonalId = null;
            load();
        });
    }

    public void recordReview() {
        if (reviewIncome == null || reviewYear == null) {
            Messages.fieldError("review:income", "review.error.incomeRequired");
            return;
        }
        PageActions.attempt(() -> {
            EnumSet<DeprivationIndicator> deprived = EnumSet.noneOf(DeprivationIndicator.class);
            reviewDeprivations.forEach(name -> deprived.add(DeprivationIndicator.valueOf(name)));
            Deprivations deprivations = new Deprivations(deprived);
            PovertyReview review = registry.recordReview(household.id(), reviewYear, reviewIncome, deprivations);
            Messages.info(
                    "review.saved",
                    reviewYear,
                    Messages.text(review.classification().labelKey()));
            reviewDeprivations = new ArrayList<>();
            reviewIncome = null;
            load();
        });
    }

    public boolean isMayChange() {
        return registry.mayRegisterIn(household.communeCode());
    }

    public String deprivationLabels(PovertyReview review) {
        return review.deprivations().indicators().stream()
                .sorted()
                .map(i -> Messages.text(i.labelKey()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("—");
    }

    public DeprivationIndicator[] getIndicators() {
        return DeprivationIndicator.values();
    }

    public Relationship[] getRelationships() {
        return java.util.Arrays.stream(Relationship.values())
                .filter(r -> r != Relationship.HEAD)
                .toArray(Relationship[]::new);
    }

    public Household getHousehold() {
        return household;
    }

    public List<Object[]> getMembers() {
        return members;
    }

    public List<PovertyReview> getReviews() {
        return reviews;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMemberPersonalId() {
        return memberPersonalId;
    }

    public void setMemberPersonalId(String memberPersonalId) {
        this.memberPersonalId = memberPersonalId;
    }

    public Relationship getMemberRelationship() {
        return memberRelationship;
    }

    public void setMemberRelationship(Relationship memberRelationship) {
        this.memberRelationship = memberRelationship;
    }

    public Integer getReviewYear() {
        return reviewYear;
    }

    public void setReviewYear(Integer reviewYear) {
        this.reviewYear = reviewYear;
    }

    public Long getReviewIncome() {
        return reviewIncome;
    }

    public void setReviewIncome(Long reviewIncome) {
        this.reviewIncome = reviewIncome;
    }

    public List<String> getReviewDeprivations() {
        return reviewDeprivations;
    }

    public void setReviewDeprivations(List<String> reviewDeprivations) {
        this.reviewDeprivations = reviewDeprivations;
    }
}
