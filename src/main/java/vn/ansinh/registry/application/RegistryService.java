package vn.ansinh.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.HouseholdMember;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PovertyReview;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.time.VietnamTime;

/** The registry's writes, one method per user action, each one command through the engine. */
@ApplicationScoped
public class RegistryService {

    @Inject
    private CommandEngine engine;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Settings settings;

    @Inject
    private RegistryReader reader;

    @Inject
    private Clock clock;

    public Person registerPerson(PersonDetails details, AdminUnitCode commune, boolean duplicatesAcknowledged) {
        return engine.submit(
                new RegisterPersonCommand(details, residence(commune), duplicatesAcknowledged, duplicateThreshold()));
    }

    public Person correctPerson(Long personId, PersonDetails details, long expectedVersion) {
        Person person = reader.person(personId);
        return engine.submit(new CorrectPersonCommand(personId, person.communeCode(), details, expectedVersion));
    }

    /** Records whether the person receives a pension (null: not known). */
    public Person recordPension(Long personId, Boolean receivesPension) {
        Person person = reader.person(personId);
        return engine.submit(new RecordPensionCommand(personId, person.communeCode(), receivesPension));
    }

    public Household foundHousehold(Long headPersonId, String address) {
        Person head = reader.person(headPersonId);
        Residence residence = residence(head.communeCode());
        return engine.submit(
                new FoundHouseholdCommand(headPersonId, residence, Area.ofUnitKind(residence.unitKind()), address));
    }

    public HouseholdMember admitMember(Long householdId, Long personId, Relationship relationship) {
        Household household = reader.household(householdId);
        return engine.submit(new AdmitMemberCommand(householdId, household.communeCode(), personId, relationship));
    }

    public PovertyReview recordReview(Long householdId, int year, long incomePerCapita, Deprivations deprivations) {
        Household household = reader.household(householdId);
        return engine.submit(new RecordPovertyReviewCommand(
                householdId, household.communeCode(), year, incomePerCapita, deprivations, VietnamTime.today(clock)));
    }

    public DuplicateSuspect resolveDuplicate(DuplicateSuspect suspect, boolean samePerson) {
        return engine.submit(new ResolveDuplicateCommand(suspect.id(), suspect.communeCode(), samePerson));
    }

    /** Whether the logged-in user may decide on the pair (pages hide the buttons otherwise). */
    public boolean mayResolve(DuplicateSuspect suspect) {
        return engine.permits(new ResolveDuplicateCommand(suspect.id(), suspect.communeCode(), false));
    }

    /** Whether the logged-in user may correct the person (the person form answers 403 otherwise). */
    public boolean mayCorrect(Person person) {
        return engine.permits(new CorrectPersonCommand(person.id(), person.communeCode(), null, person.version()));
    }

    /**
     * Whether the logged-in user may decide on pairs of suspected duplicates in their jurisdiction (the review
     * list answers 403 otherwise).
     */
    public boolean mayResolveDuplicates() {
        return engine.permits(new ResolveDuplicateCommand(null, reader.jurisdiction(), false));
    }

    /** Whether the logged-in user may register people in the given commune (pages hide the button otherwise). */
    public boolean mayRegisterIn(AdminUnitCode commune) {
        return units.residenceIn(commune)
                .map(r -> engine.permits(new RegisterPersonCommand(null, r, false, 0)))
                .orElse(false);
    }

    public int duplicateThreshold() {
        return settings.value(SettingKey.DUPLICATE_WARNING_SCORE)
                .map(Integer::parseInt)
                .orElse(75);
    }

    private Residence residence(AdminUnitCode commune) {
        return units.residenceIn(commune).orElseThrow(() -> new BusinessRuleException("person.error.commune"));
    }
}
