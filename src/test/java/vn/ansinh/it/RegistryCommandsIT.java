package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.AdmitMemberCommand;
import vn.ansinh.registry.application.FoundHouseholdCommand;
import vn.ansinh.registry.application.RecordPovertyReviewCommand;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.DuplicatePersonalIdException;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PossibleDuplicatesException;
import vn.ansinh.registry.domain.PovertyClassification;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Registry commands against the real database: uniqueness, duplicates, jurisdiction, households, reviews. */
class RegistryCommandsIT {

    private static final AtomicInteger SERIAL = new AtomicInteger(100);
    private static final Actor OFFICER_TUAN_GIAO =
            new Actor("officer.tuangiao", "Lò Văn Thành", Set.of(Role.COMMUNE_OFFICER), AdminUnitCode.of("03253"));
    private static final Actor OFFICER_QUY_HOP =
            new Actor("officer.quyhop", "Nguyễn Thị Hoa", Set.of(Role.COMMUNE_OFFICER), AdminUnitCode.of("17035"));

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private CommandRunner runner;
    private Residence tuanGiao;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        AdminUnitTree units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        AdminUnit commune = units.currentCommune(AdminUnitCode.of("03253")).orElseThrow();
        tuanGiao = Residence.of(commune, units.parentOf(commune).orElseThrow());
        runner = new CommandRunner(
                em, units::covers, denial -> {}, Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aPersonIsRegisteredWithFoldedNameKeysAndAnAuditRow() {
        Person person = run(
                OFFICER_TUAN_GIAO,
                () -> new RegisterPersonCommand(
                        details("Lò Thị Ánh " + uniqueWord(), 1985, Sex.FEMALE, id(1985, Sex.FEMALE)),
                        tuanGiao,
                        false,
                        75));

        assertThat(db.jdbc()
                        .row("select name_folded, commune_code, province_code from person where id = ?", person.id()))
                .containsEntry("commune_code", "03253")
                .containsEntry("province_code", "11");
        assertThat(db.jdbc()
                        .row(
                                "select count(*) as n from audit_record where action = 'person.register' and target_id = ?",
                                person.id().toString())
                        .get("n"))
                .isEqualTo(1L);
    }

    @Test
    void aRegisteredPersonalIdIsBlockedAndNamesTheExistingPerson() {
        String personalId = id(1970, Sex.MALE);
        Person first = run(
                OFFICER_TUAN_GIAO,
                () -> new RegisterPersonCommand(
                        details("Quàng Văn " + uniqueWord(), 1970, Sex.MALE, personalId), tuanGiao, false, 75));

        assertThatThrownBy(() -> run(
                        OFFICER_TUAN_GIAO,
                        () -> new RegisterPersonCommand(
                                details("Người Khác " + uniqueWord(), 1970, Sex.MALE, personalId), tuanGiao, true, 75)))
                .isInstanceOfSatisfying(
                        DuplicatePersonalIdException.class,
                        e -> assertThat(e.existingPersonId()).isEqualTo(first.id()));
    }

    @Test
    void aSimilarNameWithoutDiacriticsWarnsAndAfterAcknowledgementBecomesASuspectedPair() {
        String word = uniqueWord();
        run(
                OFFICER_TUAN_GIAO,
                () -> new RegisterPersonCommand(
                        details("Lường Văn Hặc" + word, 1931, Sex.MALE, null), tuanGiao, false, 75));

        PersonDetails similar = details("Văn Hặc" + word + " Luong", 1931, Sex.MALE, null);
        assertThatThrownBy(() -> run(OFFICER_TUAN_GIAO, () -> new RegisterPersonCommand(similar, tuanGiao, false, 75)))
                .isInstanceOfSatisfying(
                        PossibleDuplicatesException.class,
                        e -> assertThat(e.candidates())
                                .anySatisfy(c -> assertThat(c.score()).isGreaterThanOrEqualTo(90)));

        Person second = run(OFFICER_TUAN_GIAO, () -> new RegisterPersonCommand(similar, tuanGiao, true, 75));
        assertThat(db.jdbc()
                        .row(
                                "select count(*) as n from duplicate_suspect where person_b_id = ? and status = 'OPEN'",
                                second.id())
                        .get("n"))
                .isEqualTo(1L);
    }

    @Test
    void anOfficerCannotRegisterSomeoneInAnotherCommune() {
        assertThatThrownBy(() -> run(
                        OFFICER_QUY_HOP,
                        () -> new RegisterPersonCommand(
                                details("Hà Văn " + uniqueWord(), 1990, Sex.MALE, null), tuanGiao, false, 75)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHouseholdGetsTheNextCodeOfItsCommuneAndItsReviewIsClassifiedByTheLineOfTheYear() {
        Person head = run(
                OFFICER_TUAN_GIAO,
                () -> new RegisterPersonCommand(
                        details("Tòng Văn " + uniqueWord(), 1975, Sex.MALE, null), tuanGiao, false, 100));
        Person child = run(
                OFFICER_TUAN_GIAO,
                () -> new RegisterPersonCommand(
                        details("Tòng Thị " + uniqueWord(), 2005, Sex.FEMALE, null), tuanGiao, false, 100));
        Household household =
                run(OFFICER_TUAN_GIAO, () -> new FoundHouseholdCommand(head.id(), tuanGiao, Area.RURAL, "Bản Sáng"));
        Household next =
                run(OFFICER_TUAN_GIAO, () -> new FoundHouseholdCommand(child.id(), tuanGiao, Area.RURAL, null));
        assertThat(Long.parseLong(next.code().value().substring(6)))
                .isEqualTo(Long.parseLong(household.code().value().substring(6)) + 1);

        assertThatThrownBy(() -> run(
                        OFFICER_TUAN_GIAO,
                        () -> new AdmitMemberCommand(
                                household.id(), AdminUnitCode.of("03253"), child.id(), Relationship.CHILD)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("household.error.alreadyMember");

        Deprivations three = Deprivations.of(
                DeprivationIndicator.EMPLOYMENT, DeprivationIndicator.NUTRITION, DeprivationIndicator.DOMESTIC_WATER);
        var review2026 = run(
                OFFICER_TUAN_GIAO,
                () -> new RecordPovertyReviewCommand(
                        household.id(), AdminUnitCode.of("03253"), 2026, 2_000_000, three, LocalDate.of(2026, 11, 20)));
        var review2027 = run(
                OFFICER_TUAN_GIAO,
                () -> new RecordPovertyReviewCommand(
                        household.id(), AdminUnitCode.of("03253"), 2027, 2_000_000, three, LocalDate.of(2026, 11, 20)));
        assertThat(review2026.classification()).isEqualTo(PovertyClassification.AVERAGE);
        assertThat(review2027.classification()).isEqualTo(PovertyClassification.POOR);
        assertThatThrownBy(() -> run(
                        OFFICER_TUAN_GIAO,
                        () -> new RecordPovertyReviewCommand(
                                household.id(), AdminUnitCode.of("03253"), 2027, 1, three, LocalDate.of(2026, 11, 20))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("review.error.duplicateYear");
    }

    private <R> R run(Actor actor, Supplier<vn.ansinh.shared.command.Command<R>> command) {
        return Transactions.inTransaction(em, () -> runner.run(actor, command.get()));
    }

    private static PersonDetails details(String name, int year, Sex sex, String personalId) {
        return new PersonDetails(
                name,
                PartialDate.of(year),
                sex,
                Ethnicity.THAI,
                personalId == null ? null : PersonalId.of(personalId),
                null,
                null,
                null,
                "Bản Co Cượm");
    }

    /** A valid personal ID for the birth year and sex, unique within the run. */
    private static String id(int year, Sex sex) {
        int centuryDigit = (year >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        return String.format(
                "011%d%02d%06d", centuryDigit, year % 100, SERIAL.incrementAndGet() * 7 + System.nanoTime() % 1000);
    }

    /** A made-up word so that names in one test do not collide with those of another. */
    private static String uniqueWord() {
        String letters = "abcdeghiklmnopqrstuvxy";
        int n = SERIAL.incrementAndGet() * 31 + (int) (System.nanoTime() % 997);
        StringBuilder word = new StringBuilder("X");
        for (int i = 0; i < 4; i++) {
            word.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        }
        return word.toString();
    }
}
