package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.DecideTransferCommand;
import vn.ansinh.casework.application.RequestTransferCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.TransferRequest;
import vn.ansinh.casework.domain.TransferRequestStatus;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.application.ResolveDuplicateCommand;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.DuplicatePersonalIdException;
import vn.ansinh.registry.domain.DuplicateSuspect;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonRegisteredElsewhereException;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PossibleDuplicatesException;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * What crosses jurisdictions, on the real database: a personal ID or a possible duplicate of another
 * unit's person is refused or warned about without naming the person, the attempt is audited on the
 * person's unit, the way forward is a transfer request that the person's commune decides, and the
 * duplicates review list shows a pair only to someone who may see both people.
 */
class DisclosureIT {

    private static final AtomicInteger SERIAL = new AtomicInteger(500);
    private static final AdminUnitCode SIN_THAU = AdminUnitCode.of("03158");
    private static final vn.ansinh.shared.security.Actor PROVINCE_APPROVER = CaseworkFixture.PROVINCE_DIRECTOR;
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anotherProvincesPersonalIdIsBlockedWithoutNamingThePersonAndTheAttemptIsAuditedOnTheirCommune() {
        String personalId = personalId(1968, Sex.MALE);
        Person tuanGiaoMan = register(TUAN_GIAO, "Quàng Văn Pánh", 1968, Sex.MALE, personalId, false);

        assertThatThrownBy(() -> register(QUY_HOP, "Lang Văn Khác", 1968, Sex.MALE, personalId, true))
                .isInstanceOfSatisfying(PersonRegisteredElsewhereException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("person.error.registeredElsewhere");
                    assertThat(e.arguments())
                            .as("nothing about the person reaches the page")
                            .isEmpty();
                    assertThat(e).isNotInstanceOf(DuplicatePersonalIdException.class);
                });

        Map<String, Object> audit = fx.jdbc()
                .row(
                        "select actor, actor_unit, unit_code, outcome, target_type, reason"
                                + " from audit_record where action = 'person.register' and target_id = ? order by id desc limit 1",
                        tuanGiaoMan.id().toString());
        assertThat(audit)
                .containsEntry("actor", "officer.quyhop")
                .containsEntry("actor_unit", "17035")
                .containsEntry("unit_code", "03253")
                .containsEntry("outcome", "DENIED")
                .containsEntry("target_type", "Person");
        assertThat(fx.jdbc().countOf("select count(*) from person where personal_id = ?", personalId))
                .isEqualTo(1L);
    }

    @Test
    void insideTheOfficersOwnJurisdictionTheBlockStillLinksToThePerson() {
        String personalId = personalId(1971, Sex.FEMALE);
        Person first = register(TUAN_GIAO, "Lò Thị Phong", 1971, Sex.FEMALE, personalId, false);

        assertThatThrownBy(() -> register(TUAN_GIAO, "Lò Thị Khác", 1971, Sex.FEMALE, personalId, true))
                .isInstanceOfSatisfying(
                        DuplicatePersonalIdException.class,
                        e -> assertThat(e.existingPersonId()).isEqualTo(first.id()));
    }

    @Test
    void theCommuneOfThePersonAcceptsATransferRequestAndThePersonAndTheirAllowanceMove() {
        String personalId = personalId(1979, Sex.MALE);
        Person person = register(TUAN_GIAO, "Cà Văn Chuyển", 1979, Sex.MALE, personalId, false);
        BenefitCase running = activeDisabilityCase(person, "2026-01-06");

        TransferRequest request = fx.run(
                OFFICER_QUY_HOP,
                "2026-03-16T02:00:00Z",
                () -> new RequestTransferCommand(
                        PersonalId.of(personalId), QUY_HOP, "Chuyển đến khối 5 từ tháng 3/2026"));
        assertThat(request.status()).isEqualTo(TransferRequestStatus.PENDING);
        assertThat(fx.jdbc()
                        .row(
                                "select unit_code, target_type from audit_record where action = 'transfer.request'"
                                        + " and target_id = ?",
                                request.id().toString()))
                .containsEntry("unit_code", "17035");
        assertThatThrownBy(() -> fx.run(
                        OFFICER_QUY_HOP,
                        "2026-03-16T03:00:00Z",
                        () -> DecideTransferCommand.accepting(request.id(), TUAN_GIAO, residence(QUY_HOP))))
                .as("the requesting commune cannot decide for the other")
                .isInstanceOf(AccessDeniedException.class);

        TransferRequest accepted = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-03-17T02:00:00Z",
                () -> DecideTransferCommand.accepting(request.id(), TUAN_GIAO, residence(QUY_HOP)));

        assertThat(accepted.status()).isEqualTo(TransferRequestStatus.ACCEPTED);
        assertThat(fx.em().find(Person.class, person.id()).communeCode()).isEqualTo(QUY_HOP);
        assertThat(fx.reload(running).status()).isEqualTo(CaseStatus.TERMINATION_PROPOSED);
        fx.signStop(running, CaseworkFixture.CHAIRMAN_TUAN_GIAO, "2026-03-17T02:30:00Z");
        BenefitCase ended = fx.reload(running);
        assertThat(ended.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(ended.endReason()).isEqualTo(EndReason.MOVED_AWAY);
        long transferId = fx.jdbc()
                .countOf("select max(id) from benefit_case where person_id = ? and origin = 'TRANSFER'", person.id());
        BenefitCase transfer = fx.em().find(BenefitCase.class, transferId);
        assertThat(transfer.communeCode()).isEqualTo(QUY_HOP);
        assertThat(transfer.origin()).isEqualTo(CaseOrigin.TRANSFER);
        assertThat(transfer.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThatThrownBy(() -> fx.run(
                        OFFICER_TUAN_GIAO,
                        "2026-03-17T03:00:00Z",
                        () -> DecideTransferCommand.refusing(request.id(), TUAN_GIAO, "Đã chấp nhận rồi")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesThePersonWhereTheyAre() {
        String personalId = personalId(1983, Sex.FEMALE);
        Person person = register(TUAN_GIAO, "Lò Thị Ở Lại", 1983, Sex.FEMALE, personalId, false);
        TransferRequest request = fx.run(
                OFFICER_QUY_HOP,
                "2026-04-01T02:00:00Z",
                () -> new RequestTransferCommand(PersonalId.of(personalId), QUY_HOP, "Đến ở với con gái"));
        assertThatThrownBy(() -> fx.run(
                        OFFICER_QUY_HOP,
                        "2026-04-01T03:00:00Z",
                        () -> new RequestTransferCommand(PersonalId.of(personalId), QUY_HOP, "Gửi lại lần nữa")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("transfer.error.pending");

        assertThatThrownBy(() -> fx.run(
                        OFFICER_TUAN_GIAO,
                        "2026-04-02T02:00:00Z",
                        () -> DecideTransferCommand.refusing(request.id(), TUAN_GIAO, " ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("transfer.error.refusalReason");
        TransferRequest refused = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-04-02T02:00:00Z",
                () -> DecideTransferCommand.refusing(request.id(), TUAN_GIAO, "Bà vẫn sống tại bản Co Cượm"));

        assertThat(refused.status()).isEqualTo(TransferRequestStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("Bà vẫn sống tại bản Co Cượm");
        assertThat(fx.em().find(Person.class, person.id()).communeCode()).isEqualTo(TUAN_GIAO);
    }

    @Test
    void aPossibleDuplicateInAnotherCommuneIsShownWithoutItsIdentityAndGoesToTheProvinceForReview() {
        String word = CaseworkFixture.uniqueWord();
        Person sinThau = register(SIN_THAU, "Giàng A Dế" + word, 1953, Sex.MALE, null, true);

        PersonDetails similar = details("Giang A De" + word, 1953, Sex.MALE, null);
        assertThatThrownBy(() -> fx.run(
                        OFFICER_TUAN_GIAO,
                        "2026-05-04T02:00:00Z",
                        () -> new RegisterPersonCommand(similar, residence(TUAN_GIAO), false, 75)))
                .isInstanceOfSatisfying(PossibleDuplicatesException.class, e -> {
                    assertThat(e.candidates()).isNotEmpty().allSatisfy(c -> {
                        assertThat(c.isWithheld()).isTrue();
                        assertThat(c.personId()).isNull();
                        assertThat(c.fullName()).isNull();
                        assertThat(c.birthDate()).isNull();
                        assertThat(c.communeCode()).isNull();
                        assertThat(c.score()).isGreaterThanOrEqualTo(75);
                    });
                    assertThat(Arrays.toString(e.arguments())).doesNotContain("Giàng");
                });
        Person tuanGiao = fx.run(
                OFFICER_TUAN_GIAO,
                "2026-05-04T02:00:00Z",
                () -> new RegisterPersonCommand(similar, residence(TUAN_GIAO), true, 75));

        assertThat(pairIds(TUAN_GIAO))
                .as("the officer of one of the two communes")
                .doesNotContain(pairOf(sinThau, tuanGiao));
        assertThat(pairIds(SIN_THAU)).as("the officer of the other").doesNotContain(pairOf(sinThau, tuanGiao));
        assertThat(pairIds(AdminUnitCode.of("11")))
                .as("the province sees both people")
                .contains(pairOf(sinThau, tuanGiao));
        assertThat(pairIds(AdminUnitCode.NATIONAL)).contains(pairOf(sinThau, tuanGiao));

        DuplicateSuspect pair =
                RegistryReader.openDuplicatesWithin(fx.em(), UnitScope.of(AdminUnitCode.of("11"), fx.units())).stream()
                        .filter(d -> (d.personAId() + "-" + d.personBId()).equals(pairOf(sinThau, tuanGiao)))
                        .findFirst()
                        .orElseThrow();
        assertThatThrownBy(() -> fx.run(
                        OFFICER_TUAN_GIAO,
                        "2026-05-05T02:00:00Z",
                        () -> new ResolveDuplicateCommand(pair.id(), pair.communeCode(), false)))
                .as("the officer of one commune may not decide on the other's person")
                .isInstanceOf(AccessDeniedException.class);
        DuplicateSuspect resolved = fx.run(
                PROVINCE_APPROVER,
                "2026-05-05T02:00:00Z",
                () -> new ResolveDuplicateCommand(pair.id(), pair.communeCode(), false));
        assertThat(resolved.status()).isEqualTo(DuplicateSuspect.Status.DIFFERENT_PEOPLE);
    }

    @Test
    void aPairInsideOneCommuneStaysOnThatCommunesList() {
        String word = CaseworkFixture.uniqueWord();
        Person first = register(TUAN_GIAO, "Lường Văn Hặc" + word, 1933, Sex.MALE, null, false);
        Person second = register(TUAN_GIAO, "Luong Van Hac" + word, 1933, Sex.MALE, null, true);

        assertThat(pairIds(TUAN_GIAO)).contains(pairOf(first, second));
        assertThat(pairIds(QUY_HOP)).doesNotContain(pairOf(first, second));
    }

    private Set<String> pairIds(AdminUnitCode jurisdiction) {
        return RegistryReader.openDuplicatesWithin(fx.em(), UnitScope.of(jurisdiction, fx.units())).stream()
                .map(d -> d.personAId() + "-" + d.personBId())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String pairOf(Person a, Person b) {
        return Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id());
    }

    private Person register(
            AdminUnitCode commune, String name, int year, Sex sex, String personalId, boolean acknowledged) {
        return fx.run(
                CaseworkFixture.officerOf(commune),
                "2026-01-05T02:00:00Z",
                () -> new RegisterPersonCommand(
                        details(name, year, sex, personalId), residence(commune), acknowledged, 75));
    }

    private BenefitCase activeDisabilityCase(Person person, String day) {
        BenefitCase c = fx.submitted(person, Category.DISABLED, SEVERE, day + "T02:00:00Z");
        fx.run(
                CHAIRMAN_TUAN_GIAO,
                day + "T04:00:00Z",
                () -> new ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        assertThat(fx.reload(c).status()).isEqualTo(CaseStatus.ACTIVE);
        return c;
    }

    private Residence residence(AdminUnitCode commune) {
        AdminUnit unit = fx.units().currentCommune(commune).orElseThrow();
        return Residence.of(unit, fx.units().parentOf(unit).orElseThrow());
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

    /** A valid personal ID (registered in Điện Biên, 011) for the birth year and sex, unique within the run. */
    static String personalId(int year, Sex sex) {
        int centuryDigit = (year >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        return String.format(
                "011%d%02d%06d",
                centuryDigit, year % 100, (SERIAL.incrementAndGet() * 7919L + System.nanoTime()) % 1_000_000);
    }
}
