package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.intake.application.UpdateApplicationCommand;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The caregiver (người phục vụ) of a beneficiary, on the real database: only someone else, registered and
 * alive, may be named — every command that sets the field refuses otherwise with a message naming it; and
 * the caregiver allowance of a Heroic Mother is paid once a month, whether the caregiver is named on the
 * mother's case, has a caregiver case of her own, or both. Each test has a commune of its own.
 */
class CaregiverIT {

    /** Núa Ngam, Mường Nhà, Pu Nhi (Điện Biên): decided by the province's Department of Home Affairs. */
    private static final AdminUnitCode NUA_NGAM = AdminUnitCode.of("03358");

    private static final AdminUnitCode MUONG_NHA = AdminUnitCode.of("03368");
    private static final AdminUnitCode PU_NHI = AdminUnitCode.of("03370");
    private static final String COMPONENT = "HEROIC_MOTHER_CAREGIVER";

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theCaregiverMustBeSomeoneElseRegisteredAndAliveWheneverTheFieldIsSet() {
        AdminUnitCode commune = PU_NHI;
        Person mother = fx.person(commune, "Bà mẹ Lò Thị Anh", PartialDate.of(1934), Sex.FEMALE);
        Person dead = fx.person(commune, "Lò Văn Mất", PartialDate.of(1960), Sex.MALE);
        Person daughter = fx.person(commune, "Lò Thị Chăm", PartialDate.of(1975), Sex.FEMALE);
        fx.run(
                CaseworkFixture.officerOf(commune),
                "2025-08-01T02:00:00Z",
                () -> new RecordDeathCommand(dead.id(), commune, LocalDate.of(2025, 7, 28)));
        long applications = applicationsOf(mother);

        assertThatThrownBy(() -> open(mother, mother.id().toString()))
                .as("not the beneficiary herself")
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.caregiverSelf");
        assertThatThrownBy(() -> open(mother, "2000000000"))
                .as("not a number nobody has")
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.caregiverUnknown")
                .satisfies(
                        e -> assertThat(((BusinessRuleException) e).arguments()).containsExactly("2000000000"));
        assertThatThrownBy(() -> open(mother, dead.id().toString()))
                .as("not a person who has died")
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.caregiverDeceased");
        assertThat(applicationsOf(mother)).as("nothing stored").isEqualTo(applications);

        Application application = open(mother, daughter.id().toString());
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(commune),
                        "2025-08-03T02:00:00Z",
                        () -> new UpdateApplicationCommand(
                                application.id(),
                                commune,
                                Category.HEROIC_MOTHER,
                                Map.of(
                                        ProgrammeField.CAREGIVER_PERSON_ID,
                                        dead.id().toString()),
                                application.version())))
                .as("nor when the application is changed")
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.caregiverDeceased");
        assertThat(fx.jdbc().row("select details from application where id = ?", application.id()))
                .as("the change is not kept")
                .satisfies(row -> assertThat((String) row.get("details"))
                        .contains(daughter.id().toString()));

        fx.attachDocument(application.id(), commune, "2025-08-04T02:00:00Z");
        fx.run(
                CaseworkFixture.officerOf(commune),
                "2025-08-05T02:00:00Z",
                () -> new RecordDeathCommand(daughter.id(), commune, LocalDate.of(2025, 8, 4)));
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(commune),
                        "2025-08-06T02:00:00Z",
                        () -> new SubmitCaseCommand(application.id(), commune)))
                .as("nor when the dossier becomes a case: the caregiver died meanwhile")
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.caregiverDeceased");
        assertThat(fx.jdbc().countOf("select count(*) from benefit_case where application_id = ?", application.id()))
                .isZero();
    }

    @Test
    void aCaregiverWithHerOwnCaregiverCaseAndNamedOnTheMothersCaseIsPaidOnceAMonthThroughTheMothersCase() {
        AdminUnitCode commune = NUA_NGAM;
        Person caregiver = fx.person(commune, "Quàng Thị Phục", PartialDate.of(1978), Sex.FEMALE);
        Person mother = fx.person(commune, "Bà mẹ Quàng Thị Hai", PartialDate.of(1933), Sex.FEMALE);
        BenefitCase own = decided(
                caregiver,
                Category.HEROIC_MOTHER_CAREGIVER,
                Map.of(ProgrammeField.MERITORIOUS_PERSON_NAME, "Quàng Thị Hai"),
                "2025-08-04");
        BenefitCase mothers = decided(
                mother,
                Category.HEROIC_MOTHER,
                Map.of(ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString()),
                "2025-08-05");
        YearMonth september = YearMonth.of(2025, 9);

        PayrollRun run = payroll.compute(payroll.create(commune, september), 50_000);

        assertThat(caregiverLines(caregiver, september))
                .as("one caregiver allowance, the mother's, paid to the caregiver")
                .containsExactly(List.of(mothers.id(), 2_789_000L));
        assertThat(fx.jdbc().countOf("select count(*) from payroll_line where case_id = ?", own.id()))
                .as("her own caregiver case pays nothing while the mother's case names her")
                .isZero();
        PayrollRun again = payroll.computeSome(run, 50_000, Integer.MAX_VALUE, false);
        assertThat(again.totalAmount()).isEqualTo(run.totalAmount());
        assertThat(caregiverLines(caregiver, september)).hasSize(1);
    }

    @Test
    void aMonthHerOwnCaseAlreadyPaidIsNotPaidAgainThroughTheMothersArrears() {
        AdminUnitCode commune = MUONG_NHA;
        Person caregiver = fx.person(commune, "Lường Thị Phục", PartialDate.of(1977), Sex.FEMALE);
        Person mother = fx.person(commune, "Bà mẹ Lường Thị Ba", PartialDate.of(1932), Sex.FEMALE);
        BenefitCase own = decided(
                caregiver,
                Category.HEROIC_MOTHER_CAREGIVER,
                Map.of(ProgrammeField.MERITORIOUS_PERSON_NAME, "Lường Thị Ba"),
                "2025-08-04");
        YearMonth september = YearMonth.of(2025, 9);
        YearMonth october = september.plusMonths(1);
        payroll.approve(payroll.compute(payroll.create(commune, september), 50_000));
        assertThat(caregiverLines(caregiver, september)).containsExactly(List.of(own.id(), 2_789_000L));
        // decided after the September payroll: the mother's September is paid as arrears in October
        BenefitCase mothers = decided(
                mother,
                Category.HEROIC_MOTHER,
                Map.of(ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString()),
                "2025-09-20");

        payroll.compute(payroll.create(commune, october), 50_000);

        assertThat(amount(mothers, "ARREARS", "HEROIC_MOTHER_ALLOWANCE", september))
                .as("the mother's own September is paid")
                .isEqualTo(8_367_000L);
        assertThat(amount(mothers, "ARREARS", "HEROIC_MOTHER_SUPPLEMENT", september))
                .isEqualTo(2_337_000L);
        assertThat(caregiverLines(caregiver, september))
                .as("September's caregiver allowance was paid by her own case: not again")
                .containsExactly(List.of(own.id(), 2_789_000L));
        assertThat(caregiverLines(caregiver, october))
                .as("from October through the mother's case only")
                .containsExactly(List.of(mothers.id(), 2_789_000L));
    }

    private Application open(Person person, String caregiverId) {
        return fx.run(
                CaseworkFixture.officerOf(person.communeCode()),
                "2025-08-02T02:00:00Z",
                () -> new OpenApplicationCommand(
                        person.id(),
                        person.communeCode(),
                        Category.HEROIC_MOTHER,
                        Map.of(ProgrammeField.CAREGIVER_PERSON_ID, caregiverId),
                        LocalDate.of(2025, 8, 2),
                        LocalDate.of(2025, 8, 2)));
    }

    private long applicationsOf(Person person) {
        return fx.jdbc().countOf("select count(*) from application where person_id = ?", person.id());
    }

    /** The caregiver allowances paid to the person for the month: (case, amount) each, in case order. */
    private List<List<Long>> caregiverLines(Person caregiver, YearMonth month) {
        List<List<Long>> lines = new java.util.ArrayList<>();
        try (var connection = fx.jdbc().connect();
                var statement = connection.prepareStatement("select case_id, amount from payroll_line"
                        + " where component = ? and for_month = ? and correction = 0"
                        + " and coalesce(payee_person_id, person_id) = ? order by case_id")) {
            statement.setString(1, COMPONENT);
            statement.setDate(2, java.sql.Date.valueOf(month.atDay(1)));
            statement.setLong(3, caregiver.id());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(List.of(rows.getLong(1), rows.getLong(2)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    private Long amount(BenefitCase c, String kind, String component, YearMonth month) {
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select amount from payroll_line where case_id = ? and kind = ? and component = ?"
                                + " and for_month = ? and correction = 0",
                        c.id(),
                        kind,
                        component,
                        java.sql.Date.valueOf(month.atDay(1)));
        return row.isEmpty() ? null : ((Number) row.get("amount")).longValue();
    }

    /** A meritorious case submitted by the commune's officer and decided by the province on the day. */
    private BenefitCase decided(Person person, Category category, Map<ProgrammeField, String> values, String day) {
        var application = fx.application(person, category, values, day + "T00:30:00Z");
        BenefitCase c = fx.run(
                CaseworkFixture.officerOf(person.communeCode()),
                day + "T01:00:00Z",
                () -> new SubmitCaseCommand(application.id(), person.communeCode()));
        fx.run(
                CaseworkFixture.PROVINCE_DIRECTOR,
                day + "T03:00:00Z",
                () -> new vn.ansinh.casework.application.ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        return fx.reload(c);
    }
}
