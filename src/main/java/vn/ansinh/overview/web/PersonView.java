package vn.ansinh.overview.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.RegistryService;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.RecordParam;

/** One person: what is recorded, their household and their applications. */
@Named
@ViewScoped
public class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader reader;

    @Inject
    private RegistryService registry;

    @Inject
    private IntakeService intake;

    @Inject
    private AdminUnitDirectory units;

    private String id;
    private boolean saved;
    private Person person;
    private HouseholdMember membership;
    private Household household;
    private List<Application> applications;
    private List<vn.ansinh.casework.domain.BenefitCase> cases = List.of();

    @Inject
    private vn.ansinh.casework.application.CaseService caseService;

    private String householdAddress;

    @Inject
    private AccessLog accessLog;

    @Inject
    private vn.ansinh.population.application.PopulationService population;

    /** The population database's latest answer about the person, or null when never checked. */
    private vn.ansinh.population.domain.PopulationCheck populationCheck;

    public void load() {
        RecordParam.find(id, this::open, accessLog, AccessKind.PERSON_FILE)
                .ifPresent(p -> accessLog.read(AccessKind.PERSON_FILE, p.communeCode(), p.id(), "#" + p.id()));
    }

    private Person open(long personId) {
        person = reader.person(personId);
        membership = reader.membershipOf(person).orElse(null);
        household = membership == null ? null : reader.household(membership.householdId());
        applications = intake.applicationsOf(person);
        cases = caseService.casesOf(person);
        populationCheck = population.latest(person).orElse(null);
        if (saved) {
            Messages.info("person.saved", person.fullName());
        }
        return person;
    }

    /** The pension fact as the form edits it: "YES", "NO" or empty (not known). */
    private String pension;

    public void recordPension() {
        PageActions.attempt(() -> {
            registry.recordPension(person.id(), pension == null || pension.isEmpty() ? null : "YES".equals(pension));
            Messages.info("person.pensionRecorded");
            RecordParam.find(id, this::open);
        });
    }

    /** The pension fact in words' key. */
    public String getPensionKey() {
        Boolean receives = person.receivesPension();
        return receives == null ? "person.pension.UNKNOWN" : receives ? "person.pension.YES" : "person.pension.NO";
    }

    public String getPension() {
        return pension != null
                ? pension
                : person == null || person.receivesPension() == null ? "" : person.receivesPension() ? "YES" : "NO";
    }

    public void setPension(String pension) {
        this.pension = pension;
    }

    public void foundHousehold() {
        PageActions.attempt(() -> {
            Household founded = registry.foundHousehold(person.id(), householdAddress);
            Pages.redirect("/registry/household.xhtml?id=" + founded.id());
        });
    }

    /** Checks the person against the population database now; the answer shows in the panel. */
    public void checkPopulation() {
        PageActions.attempt(() -> {
            vn.ansinh.population.web.PopulationTexts.report(population.checkPerson(person));
            populationCheck = population.latest(person).orElse(null);
        });
    }

    /** Whether the user may check the person (officer, approver, administrator of the unit; a person with an ID). */
    public boolean isMayCheckPopulation() {
        return person.personalId() != null && population.mayCheck(person.communeCode());
    }

    public vn.ansinh.population.domain.PopulationCheck getPopulationCheck() {
        return populationCheck;
    }

    public List<vn.ansinh.population.domain.Mismatch> getPopulationMismatches() {
        return populationCheck == null ? List.of() : populationCheck.mismatches();
    }

    public boolean isMayChange() {
        return !person.isDeceased() && registry.mayRegisterIn(person.communeCode());
    }

    /** Whether the life-events page is for this user and person (a death or a move they may record). */
    public boolean isMayRecordLifeEvents() {
        return !person.isDeceased() && caseService.mayRecordLifeEvents(person);
    }

    public String getCommuneName() {
        return units.nameOf(person.communeCode());
    }

    public List<String> getIdentityProblems() {
        return person.identityProblems();
    }

    public Person getPerson() {
        return person;
    }

    public HouseholdMember getMembership() {
        return membership;
    }

    public Household getHousehold() {
        return household;
    }

    public List<vn.ansinh.casework.domain.BenefitCase> getCases() {
        return cases;
    }

    public List<Application> getApplications() {
        return applications;
    }

    public String getHouseholdAddress() {
        return householdAddress;
    }

    public void setHouseholdAddress(String householdAddress) {
        this.householdAddress = householdAddress;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isSaved() {
        return saved;
    }

    public void setSaved(boolean saved) {
        this.saved = saved;
    }
}
