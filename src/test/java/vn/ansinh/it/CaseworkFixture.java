package vn.ansinh.it;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.intake.application.AttachDocumentCommand;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Casework against the real database: runs commands as a given person on a given day (a fixed
 * clock), and builds people and submitted cases in a few lines.
 */
final class CaseworkFixture implements AutoCloseable {

    static final AdminUnitCode TUAN_GIAO = AdminUnitCode.of("03253");
    static final AdminUnitCode QUY_HOP = AdminUnitCode.of("17035");
    static final Actor OFFICER_TUAN_GIAO =
            new Actor("officer.tuangiao", "Lò Văn Thành", Set.of(Role.COMMUNE_OFFICER), TUAN_GIAO);
    static final Actor OFFICER_QUY_HOP =
            new Actor("officer.quyhop", "Nguyễn Thị Hoa", Set.of(Role.COMMUNE_OFFICER), QUY_HOP);
    static final Actor CHAIRMAN_TUAN_GIAO =
            new Actor("approver.tuangiao", "Quàng Văn Bình", Set.of(Role.APPROVER), TUAN_GIAO);
    static final Actor CHAIRMAN_QUY_HOP = new Actor("approver.quyhop", "Vi Văn Sơn", Set.of(Role.APPROVER), QUY_HOP);
    /** The chairman of the former Tuần Giáo district (code 099), who signed before 1 Jul 2025. */
    static final Actor DISTRICT_CHAIRMAN =
            new Actor("approver.huyentuangiao", "Lò Văn Mừng", Set.of(Role.APPROVER), AdminUnitCode.of("099"));
    /** The provincial Department of Home Affairs of Điện Biên. */
    static final Actor PROVINCE_DIRECTOR =
            new Actor("approver.dienbien", "Nguyễn Văn Hải", Set.of(Role.APPROVER), AdminUnitCode.of("11"));

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final int WORD_START = new java.security.SecureRandom().nextInt(22 * 22 * 22 * 22 * 22);

    private final jakarta.persistence.EntityManagerFactory emf;
    private final TestDatabase jdbc;
    private final EntityManager em;
    private final AdminUnitTree units;

    /** On the data-layer tests' own migrated database. */
    CaseworkFixture() {
        this(MigratedDatabase.get().emf(), MigratedDatabase.get().jdbc());
    }

    /** On another database, e.g. the running app's in a browser test. */
    CaseworkFixture(jakarta.persistence.EntityManagerFactory emf, TestDatabase jdbc) {
        this.emf = emf;
        this.jdbc = jdbc;
        this.em = emf.createEntityManager();
        this.units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
    }

    AdminUnitTree units() {
        return units;
    }

    EntityManager em() {
        return em;
    }

    TestDatabase jdbc() {
        return jdbc;
    }

    /** Runs a command as the actor at the instant (in its own transaction); the persistence context is cleared after. */
    <R> R run(Actor actor, String instant, Supplier<Command<R>> command) {
        return new vn.ansinh.devstack.CommandsOnDay(em, units, Transactions.denialsInOwnTransaction(emf))
                .run(actor, instant, command);
    }

    Person person(AdminUnitCode commune, String name, PartialDate birth, Sex sex) {
        return person(commune, name, birth, sex, "2024-01-10T02:00:00Z");
    }

    /** A person registered by the commune's officer at the instant. */
    Person person(AdminUnitCode commune, String name, PartialDate birth, Sex sex, String registeredAt) {
        AdminUnit unit = units.currentCommune(commune).orElseThrow();
        Residence residence = Residence.of(unit, units.parentOf(unit).orElseThrow());
        Actor officer = officerOf(commune);
        PersonDetails details = new PersonDetails(
                name + " " + uniqueWord(), birth, sex, Ethnicity.THAI, null, null, null, null, "Bản Co Cượm");
        return run(officer, registeredAt, () -> new RegisterPersonCommand(details, residence, true, 101));
    }

    /**
     * The person heads a rural household whose review held on {@code reviewedOn} classes it by the income
     * per head (three deprived indicators: poor at or under the line, else average or above).
     */
    vn.ansinh.registry.domain.PovertyClassification household(Person person, long incomePerCapita, String reviewedOn) {
        AdminUnit unit = units.currentCommune(person.communeCode()).orElseThrow();
        Residence residence = Residence.of(unit, units.parentOf(unit).orElseThrow());
        Actor officer = officerOf(person.communeCode());
        var household = run(
                officer,
                reviewedOn + "T02:00:00Z",
                () -> new vn.ansinh.registry.application.FoundHouseholdCommand(
                        person.id(), residence, vn.ansinh.registry.domain.Area.RURAL, null));
        return review(person, household.id(), incomePerCapita, reviewedOn);
    }

    /** Another review of the household the person heads, held on the day. */
    vn.ansinh.registry.domain.PovertyClassification review(
            Person person, Long householdId, long incomePerCapita, String reviewedOn) {
        LocalDate day = LocalDate.parse(reviewedOn);
        var three = vn.ansinh.registry.domain.Deprivations.of(
                vn.ansinh.registry.domain.DeprivationIndicator.EMPLOYMENT,
                vn.ansinh.registry.domain.DeprivationIndicator.NUTRITION,
                vn.ansinh.registry.domain.DeprivationIndicator.HOUSING_QUALITY);
        return run(
                        officerOf(person.communeCode()),
                        reviewedOn + "T03:00:00Z",
                        () -> new vn.ansinh.registry.application.RecordPovertyReviewCommand(
                                householdId, person.communeCode(), day.getYear(), incomePerCapita, three, day))
                .classification();
    }

    /** An application with one scanned document, opened by the commune's officer on the day. */
    Application application(Person person, Category category, Map<ProgrammeField, String> values, String instant) {
        Actor officer = officerOf(person.communeCode());
        LocalDate day = LocalDate.ofInstant(Instant.parse(instant), ZoneOffset.ofHours(7));
        Application application = run(
                officer,
                instant,
                () -> new OpenApplicationCommand(person.id(), person.communeCode(), category, values, day, day));
        StoredFile file =
                new StoredFile("%064d".formatted(SERIAL.incrementAndGet()), 1000, ScanMediaType.PDF, "don.pdf");
        run(
                officer,
                instant,
                () -> new AttachDocumentCommand(
                        application.id(), person.communeCode(), DocumentKind.APPLICATION_FORM, file));
        return application;
    }

    /** One scanned document added to an application by its commune's officer. */
    void attachDocument(Long applicationId, AdminUnitCode commune, String instant) {
        StoredFile file =
                new StoredFile("%064d".formatted(SERIAL.incrementAndGet()), 1000, ScanMediaType.PDF, "giay-to.pdf");
        run(
                officerOf(commune),
                instant,
                () -> new AttachDocumentCommand(applicationId, commune, DocumentKind.APPLICATION_FORM, file));
    }

    /** A case submitted by the commune's officer on the day. */
    BenefitCase submitted(Person person, Category category, Map<ProgrammeField, String> values, String instant) {
        Application application = application(person, category, values, instant);
        return run(
                officerOf(person.communeCode()),
                instant,
                () -> new SubmitCaseCommand(application.id(), person.communeCode()));
    }

    /**
     * A stop, suspension or reinstatement as the law has it (issue 10): the commune's officer proposes
     * it (the month as {@link vn.ansinh.casework.application.ProposeStopCommand} reads it) and the
     * approver signs the numbered decision, both at the instant.
     */
    vn.ansinh.casework.domain.Decision decideStop(
            BenefitCase c,
            vn.ansinh.casework.domain.DecisionKind kind,
            vn.ansinh.casework.domain.EndReason endReason,
            java.time.YearMonth month,
            Boolean backPaid,
            String reason,
            Actor approver,
            String instant) {
        run(
                officerOf(c.communeCode()),
                instant,
                () -> new vn.ansinh.casework.application.ProposeStopCommand(
                        c.id(), c.communeCode(), kind, endReason, month, backPaid, reason));
        return signStop(c, approver, instant);
    }

    /** The approver signs the decision on the case's open proposal (a death's or a move's, or an officer's). */
    vn.ansinh.casework.domain.Decision signStop(BenefitCase c, Actor approver, String instant) {
        return run(
                approver,
                instant,
                () -> new vn.ansinh.casework.application.SignStopDecisionCommand(c.id(), c.communeCode(), units));
    }

    /** The officer records that the person receives no pension nor monthly social-insurance benefit. */
    Person withoutPension(Person person, String instant) {
        return run(
                officerOf(person.communeCode()),
                instant,
                () -> new vn.ansinh.registry.application.RecordPensionCommand(
                        person.id(), person.communeCode(), false));
    }

    BenefitCase reload(BenefitCase c) {
        BenefitCase fresh = em.find(BenefitCase.class, c.id());
        em.refresh(fresh);
        return fresh;
    }

    static Actor officerOf(AdminUnitCode commune) {
        if (commune.equals(QUY_HOP)) {
            return OFFICER_QUY_HOP;
        }
        return commune.equals(TUAN_GIAO)
                ? OFFICER_TUAN_GIAO
                : new Actor(
                        "officer." + commune.value(),
                        "Cán bộ " + commune.value(),
                        Set.of(Role.COMMUNE_OFFICER),
                        commune);
    }

    /** The chairman of a commune (an approver there). */
    static Actor chairmanOf(AdminUnitCode commune) {
        return new Actor("chairman." + commune.value(), "Chủ tịch " + commune.value(), Set.of(Role.APPROVER), commune);
    }

    /**
     * A word no other call in this JVM returns: the serial stepped by a prime coprime to 22^5 from a random start,
     * so the first 22^5 words differ (the old serial * 37 + nanoTime % 991 repeated words a few calls apart, and a
     * dossier number built from one was a duplicate in CI). A random start keeps runs on one database apart.
     */
    static String uniqueWord() {
        String letters = "abcdeghiklmnopqrstuvxy";
        int words = 22 * 22 * 22 * 22 * 22;
        int n = (int) ((WORD_START + (long) SERIAL.incrementAndGet() * 7919) % words);
        StringBuilder word = new StringBuilder("C");
        for (int i = 0; i < 5; i++) {
            word.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        }
        return word.toString();
    }

    @Override
    public void close() {
        em.close();
    }
}
