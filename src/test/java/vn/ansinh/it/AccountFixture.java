package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.ansinh.account.application.RecordAccountStepCommand;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.intake.application.AttachDocumentCommand;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.ScanMediaType;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Social-security accounts against the real database: people with personal IDs in any commune,
 * running cases (decided by the commune chairman), and account steps recorded by the commune's
 * officer, each command on a fixed day.
 */
final class AccountFixture implements AutoCloseable {

    /** The day the account steps are recorded on (every step date in the tests is on or before it). */
    static final String RECORDED_AT = "2026-03-02T03:00:00Z";

    static final Actor AUDITOR_DIEN_BIEN =
            new Actor("auditor.dienbien", "Trần Thị Lan", Set.of(Role.AUDITOR), AdminUnitCode.of("11"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    final CaseworkFixture fx = new CaseworkFixture();

    static Actor officerOf(AdminUnitCode commune) {
        if (commune.equals(CaseworkFixture.TUAN_GIAO) || commune.equals(CaseworkFixture.QUY_HOP)) {
            return CaseworkFixture.officerOf(commune);
        }
        return new Actor(
                "officer." + commune.value(), "Cán bộ " + commune.value(), Set.of(Role.COMMUNE_OFFICER), commune);
    }

    static Actor chairmanOf(AdminUnitCode commune) {
        return new Actor("chairman." + commune.value(), "Chủ tịch " + commune.value(), Set.of(Role.APPROVER), commune);
    }

    <R> R run(Actor actor, String instant, Supplier<Command<R>> command) {
        return fx.run(actor, instant, command);
    }

    /** A person with a fresh personal ID (birth registered in old province 012, a serial no other test uses). */
    Person person(AdminUnitCode commune, String name, int birthYear, Sex sex) {
        AdminUnit unit = fx.units().currentCommune(commune).orElseThrow();
        Residence residence = Residence.of(unit, fx.units().parentOf(unit).orElseThrow());
        int centurySex = (birthYear >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        String id = "012" + centurySex + String.format("%02d", birthYear % 100) + "88"
                + String.format("%04d", SERIAL.incrementAndGet());
        PersonDetails details = new PersonDetails(
                name, PartialDate.of(birthYear), sex, Ethnicity.THAI, PersonalId.of(id), null, null, null, "Bản Mới");
        return run(
                officerOf(commune),
                "2025-12-01T02:00:00Z",
                () -> new RegisterPersonCommand(details, residence, true, 101));
    }

    /** A disability allowance submitted and approved on the day: the person becomes a beneficiary (case ACTIVE). */
    BenefitCase runningCase(Person person, String day) {
        BenefitCase c = submittedCase(person, day);
        run(
                chairmanOf(person.communeCode()),
                day + "T04:00:00Z",
                () -> new ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.ACTIVE);
        return c;
    }

    BenefitCase submittedCase(Person person, String day) {
        Actor officer = officerOf(person.communeCode());
        String instant = day + "T02:00:00Z";
        LocalDate date = LocalDate.ofInstant(Instant.parse(instant), ZoneOffset.ofHours(7));
        Application application = run(
                officer,
                instant,
                () -> new OpenApplicationCommand(
                        person.id(), person.communeCode(), Category.DISABLED, SEVERE, date, date));
        StoredFile file = new StoredFile(
                "%064d".formatted(900_000 + SERIAL.incrementAndGet()), 1000, ScanMediaType.PDF, "don.pdf");
        run(
                officer,
                instant,
                () -> new AttachDocumentCommand(
                        application.id(), person.communeCode(), DocumentKind.APPLICATION_FORM, file));
        return run(officer, instant, () -> new SubmitCaseCommand(application.id(), person.communeCode()));
    }

    /** The commune's officer records a step dated {@code dd/MM/yyyy}; bank and number only to open. */
    SsAccount step(Person person, AccountStep step, String date) {
        return step(
                person,
                step,
                date,
                step.requiresAccountDetails() ? "VBSP" : null,
                step.requiresAccountDetails() ? "0123456789" : null);
    }

    SsAccount step(Person person, AccountStep step, String date, String bank, String number) {
        return run(
                officerOf(person.communeCode()),
                RECORDED_AT,
                () -> new RecordAccountStepCommand(
                        person.id(),
                        person.communeCode(),
                        step,
                        LocalDate.parse(date, DAY),
                        bank == null ? null : BankCode.of(bank),
                        number == null ? null : AccountNumber.of(number),
                        null));
    }

    SsAccount account(Person person) {
        fx.em().clear();
        return fx.em().find(SsAccount.class, person.id());
    }

    @Override
    public void close() {
        fx.close();
    }
}
