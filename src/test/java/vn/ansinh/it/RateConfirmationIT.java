package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.CHAIRMAN_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.OFFICER_QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.OFFICER_TUAN_GIAO;
import static vn.ansinh.it.CaseworkFixture.QUY_HOP;
import static vn.ansinh.it.CaseworkFixture.TUAN_GIAO;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.benefit.application.AddCoefficientCommand;
import vn.ansinh.benefit.application.AddStandardLevelCommand;
import vn.ansinh.benefit.application.ConfirmRateCommand;
import vn.ansinh.benefit.application.RejectRateCommand;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * A rate change is a legal act with maker-checker, on the real database: a pending rate is used by
 * nothing; its author cannot confirm it; a second administrator's confirmation makes it count from that
 * moment, and a computation as of an earlier moment still uses the old rate. Each test uses its own
 * province and months far ahead, so that no other test's payroll sees its rates.
 */
class RateConfirmationIT {

    static final Actor ADMIN = PayrollFixture.ADMIN;
    static final Actor ADMIN2 = new Actor("admin2", "Lê Thị Kiểm", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);
    static final Actor ADMIN_DIEN_BIEN =
            new Actor("admin.dienbien", "Lò Thị Tỉnh", Set.of(Role.ADMIN), AdminUnitCode.of("11"));
    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPendingRateCountsNowhereItsAuthorCannotConfirmItAndASecondAdministratorsConfirmationCountsFromThatMoment() {
        StandardLevel level = fx.run(
                ADMIN,
                "2037-02-10T01:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        "11",
                        LocalDate.of(2037, 3, 1),
                        800_000,
                        "Nghị quyết HĐND tỉnh Điện Biên (thử)",
                        "21/2037/NQ-HĐND",
                        LocalDate.of(2037, 2, 5)));
        assertThat(status(level.id())).isEqualTo("PENDING");
        BenefitCase before = decided(TUAN_GIAO, "Lò Văn Chờ", "2037-03-02");
        PayrollRun run = payroll.create(TUAN_GIAO, YearMonth.of(2037, 3));

        payroll.compute(run, 50_000);
        assertThat(levelIdOf(before))
                .as("the pending level is not used by the payroll")
                .isNotEqualTo(level.id());
        assertThat(decisionLevel(before)).as("nor by a decision").isNotEqualTo(800_000L);
        long oldAmount = payroll.amount(before, "MONTHLY", YearMonth.of(2037, 3));

        assertThatThrownBy(() -> fx.run(
                        ADMIN,
                        "2037-03-02T05:00:00Z",
                        () -> new ConfirmRateCommand(RateKind.LEVEL, level.id(), DIEN_BIEN)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not confirm");
        assertThat(status(level.id())).isEqualTo("PENDING");
        assertThat(fx.jdbc()
                        .row(
                                "select actor, outcome from audit_record where action = 'rate.confirm' and actor = 'admin'"
                                        + " and reason like ? order by id desc limit 1",
                                "%StandardLevel " + level.id() + " %"))
                .containsEntry("outcome", "DENIED");

        fx.run(ADMIN2, "2037-03-05T01:00:00Z", () -> new ConfirmRateCommand(RateKind.LEVEL, level.id(), DIEN_BIEN));
        assertThat(fx.jdbc()
                        .row("select status, confirmed_by, confirmed_at from standard_level where id = ?", level.id()))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("confirmed_by", "admin2");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'rate.confirm' and actor = 'admin2'"
                                        + " and outcome = 'SUCCEEDED' and target_id = ?",
                                level.id().toString()))
                .isEqualTo(1);

        BenefitCase after = decided(TUAN_GIAO, "Lò Văn Được", "2037-03-06");
        assertThat(decisionLevel(after))
                .as("a decision signed after the confirmation")
                .isEqualTo(800_000L);

        payroll.computeAsOf(run, 50_000, Instant.parse("2037-03-10T02:00:00Z"));
        assertThat(payroll.amount(before, "MONTHLY", YearMonth.of(2037, 3)))
                .as("800,000 x 1.5")
                .isEqualTo(1_200_000L);
        assertThat(levelIdOf(before)).isEqualTo(level.id());

        payroll.computeAsOf(run, 50_000, Instant.parse("2037-03-04T23:00:00Z"));
        assertThat(payroll.amount(before, "MONTHLY", YearMonth.of(2037, 3)))
                .as("as confirmed before the confirmation")
                .isEqualTo(oldAmount);
        assertThat(levelIdOf(before)).isNotEqualTo(level.id());
    }

    @Test
    void aConfirmedRateReplacedByALaterConfirmedRateOfTheSameMonthIsSupersededAndStillCountsForTheMomentsBefore() {
        BenefitCase c = decided(QUY_HOP, "Vi Văn Thay", "2037-05-04");
        StandardLevel first = fx.run(
                ADMIN,
                "2037-05-05T01:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        "40",
                        LocalDate.of(2037, 6, 1),
                        800_000,
                        "Nghị quyết HĐND tỉnh Nghệ An (thử)",
                        "31/2037/NQ-HĐND",
                        LocalDate.of(2037, 5, 1)));
        fx.run(
                ADMIN2,
                "2037-05-06T01:00:00Z",
                () -> new ConfirmRateCommand(RateKind.LEVEL, first.id(), AdminUnitCode.of("40")));
        StandardLevel second = fx.run(
                ADMIN2,
                "2037-05-10T01:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        "40",
                        LocalDate.of(2037, 6, 1),
                        850_000,
                        "Nghị quyết HĐND tỉnh Nghệ An sửa đổi (thử)",
                        "32/2037/NQ-HĐND",
                        LocalDate.of(2037, 5, 9)));
        fx.run(
                ADMIN,
                "2037-05-11T01:00:00Z",
                () -> new ConfirmRateCommand(RateKind.LEVEL, second.id(), AdminUnitCode.of("40")));

        assertThat(fx.jdbc().row("select status, superseded_by_id from standard_level where id = ?", first.id()))
                .containsEntry("status", "SUPERSEDED")
                .containsEntry("superseded_by_id", second.id());
        assertThat(status(second.id())).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> fx.run(
                        ADMIN,
                        "2037-05-12T01:00:00Z",
                        () -> new ConfirmRateCommand(RateKind.LEVEL, first.id(), AdminUnitCode.of("40"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("rate.error.transition");

        PayrollRun run = payroll.create(QUY_HOP, YearMonth.of(2037, 6));
        payroll.compute(run, 50_000);
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2037, 6)))
                .as("850,000 x 1.5")
                .isEqualTo(1_275_000L);
        payroll.computeAsOf(run, 50_000, Instant.parse("2037-05-08T00:00:00Z"));
        assertThat(payroll.amount(c, "MONTHLY", YearMonth.of(2037, 6)))
                .as("800,000 x 1.5, as confirmed then")
                .isEqualTo(1_200_000L);
        assertThat(levelIdOf(c)).isEqualTo(first.id());
        payroll.computeAsOf(run, 50_000, Instant.parse("2037-05-05T12:00:00Z"));
        assertThat(levelIdOf(c)).as("before either was confirmed").isNotIn(first.id(), second.id());
    }

    @Test
    void aProvincialAdministratorEntersAndConfirmsOnlyHerOwnProvincesLevel() {
        assertThatThrownBy(() -> fx.run(
                        ADMIN_DIEN_BIEN,
                        "2039-12-01T01:00:00Z",
                        () -> new AddStandardLevelCommand(
                                Scheme.SOCIAL_ASSISTANCE,
                                null,
                                LocalDate.of(2040, 1, 1),
                                900_000,
                                "Nghị định của Chính phủ (thử)",
                                "1/2040/NĐ-CP",
                                LocalDate.of(2039, 11, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.run(
                        ADMIN_DIEN_BIEN,
                        "2039-12-01T01:00:00Z",
                        () -> new AddStandardLevelCommand(
                                Scheme.SOCIAL_ASSISTANCE,
                                "01",
                                LocalDate.of(2040, 1, 1),
                                900_000,
                                "Nghị quyết HĐND Hà Nội (thử)",
                                "2/2040/NQ-HĐND",
                                LocalDate.of(2039, 11, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.run(
                        ADMIN_DIEN_BIEN,
                        "2039-12-01T01:00:00Z",
                        () -> new AddCoefficientCommand(
                                Category.DISABLED,
                                16,
                                60,
                                "SEVERE",
                                LocalDate.of(2040, 1, 1),
                                new BigDecimal("1.7"),
                                "Nghị định (thử)",
                                "3/2040/NĐ-CP",
                                LocalDate.of(2039, 11, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where actor = 'admin.dienbien' and action like 'rate.%'"
                                        + " and outcome = 'DENIED'"))
                .isGreaterThanOrEqualTo(3);

        StandardLevel own = fx.run(
                ADMIN_DIEN_BIEN,
                "2039-12-01T01:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        "11",
                        LocalDate.of(2040, 1, 1),
                        900_000,
                        "Nghị quyết HĐND tỉnh Điện Biên (thử)",
                        "4/2040/NQ-HĐND",
                        LocalDate.of(2039, 11, 1)));
        StandardLevel hanoi = fx.run(
                ADMIN,
                "2039-12-01T01:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        "01",
                        LocalDate.of(2040, 1, 1),
                        950_000,
                        "Nghị quyết HĐND Hà Nội (thử)",
                        "5/2040/NQ-HĐND",
                        LocalDate.of(2039, 11, 1)));
        StandardLevel byNational = fx.run(
                ADMIN,
                "2039-12-01T01:00:00Z",
                () -> new AddStandardLevelCommand(
                        Scheme.SOCIAL_ASSISTANCE,
                        "11",
                        LocalDate.of(2040, 2, 1),
                        910_000,
                        "Nghị quyết HĐND tỉnh Điện Biên (thử)",
                        "6/2040/NQ-HĐND",
                        LocalDate.of(2039, 11, 1)));

        assertThatThrownBy(() -> fx.run(
                        ADMIN_DIEN_BIEN,
                        "2039-12-02T01:00:00Z",
                        () -> new ConfirmRateCommand(RateKind.LEVEL, hanoi.id(), DIEN_BIEN)))
                .as("another province's row, claimed as hers")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.run(
                        ADMIN_DIEN_BIEN,
                        "2039-12-02T01:00:00Z",
                        () -> new ConfirmRateCommand(RateKind.LEVEL, hanoi.id(), AdminUnitCode.of("01"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(hanoi.id())).isEqualTo("PENDING");

        fx.run(
                ADMIN_DIEN_BIEN,
                "2039-12-02T01:00:00Z",
                () -> new ConfirmRateCommand(RateKind.LEVEL, byNational.id(), DIEN_BIEN));
        fx.run(ADMIN, "2039-12-02T01:00:00Z", () -> new ConfirmRateCommand(RateKind.LEVEL, own.id(), DIEN_BIEN));
        assertThat(status(byNational.id())).isEqualTo("CONFIRMED");
        assertThat(status(own.id())).isEqualTo("CONFIRMED");

        assertThatThrownBy(() -> fx.run(
                        ADMIN2,
                        "2039-12-03T01:00:00Z",
                        () -> new RejectRateCommand(RateKind.LEVEL, hanoi.id(), AdminUnitCode.of("01"), "ok")))
                .hasMessage("rate.error.reason");
        fx.run(
                ADMIN2,
                "2039-12-03T01:00:00Z",
                () -> new RejectRateCommand(RateKind.LEVEL, hanoi.id(), AdminUnitCode.of("01"), "Sai số nghị quyết"));
        assertThat(fx.jdbc()
                        .row(
                                "select status, rejected_by, rejection_reason, confirmed_at from standard_level where id = ?",
                                hanoi.id()))
                .containsEntry("status", "REJECTED")
                .containsEntry("rejected_by", "admin2")
                .containsEntry("rejection_reason", "Sai số nghị quyết")
                .containsEntry("confirmed_at", null);
        assertThatThrownBy(() -> fx.run(
                        ADMIN,
                        "2039-12-04T01:00:00Z",
                        () -> new ConfirmRateCommand(RateKind.LEVEL, hanoi.id(), AdminUnitCode.of("01"))))
                .hasMessage("rate.error.transition");
    }

    @Test
    void theSeededNationalRatesAreConfirmedByTheMigration() {
        assertThat(
                        fx.jdbc()
                                .countOf(
                                        "select count(*) from standard_level where created_by = 'migration'"
                                                + " and (status <> 'CONFIRMED' or confirmed_by <> 'migration' or confirmed_at is null)"))
                .isZero();
        assertThat(
                        fx.jdbc()
                                .row(
                                        "select document_number, status from standard_level where created_by = 'migration'"
                                                + " and province_code is null and scheme = 'SOCIAL_ASSISTANCE' and effective_from = '2024-07-01'"))
                .containsEntry("document_number", "76/2024/NĐ-CP")
                .containsEntry("status", "CONFIRMED");
        assertThat(fx.jdbc().countOf("select count(*) from benefit_coefficient where confirmed_by = 'migration'"))
                .isPositive();
    }

    /** A severe-disability benefit decided on the day (Tuần Giáo's or Quỳ Hợp's chairman). */
    private BenefitCase decided(AdminUnitCode commune, String name, String day) {
        Person person = fx.person(commune, name, PartialDate.of(1980, 3, 3), Sex.MALE);
        return commune.equals(TUAN_GIAO)
                ? payroll.active(person, Category.DISABLED, SEVERE, day, OFFICER_TUAN_GIAO, CHAIRMAN_TUAN_GIAO)
                : payroll.active(person, Category.DISABLED, SEVERE, day, OFFICER_QUY_HOP, CHAIRMAN_QUY_HOP);
    }

    private String status(long id) {
        return (String) fx.jdbc()
                .row("select status from standard_level where id = ?", id)
                .get("status");
    }

    private Long levelIdOf(BenefitCase c) {
        Object id = fx.jdbc()
                .row(
                        "select standard_level_id from payroll_line where case_id = ? and kind = 'MONTHLY'"
                                + " order by for_month desc limit 1",
                        c.id())
                .get("standard_level_id");
        return id == null ? null : ((Number) id).longValue();
    }

    private Long decisionLevel(BenefitCase c) {
        Object level = fx.jdbc()
                .row("select standard_level from decision where case_id = ? order by id limit 1", c.id())
                .get("standard_level");
        return level == null ? null : ((Number) level).longValue();
    }
}
