package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.account.application.CommuneIndicators;
import vn.ansinh.account.application.Project06Query;
import vn.ansinh.account.application.Project06Report;
import vn.ansinh.account.application.Project06Targets;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.channel.application.PaidViaAccountLines;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The Project 06 indicators on the real database, in two communes of Lai Châu that no other test
 * uses: beneficiaries are people with a running case, accounts are counted as they stood at the end
 * of the month, payments from the month's paid transfer lines; the province adds its communes up.
 */
class Project06IT {

    private static final AdminUnitCode BINH_LU = AdminUnitCode.of("03390");
    private static final AdminUnitCode SIN_SUOI_HO = AdminUnitCode.of("03394");
    private static final AdminUnitCode LAI_CHAU = AdminUnitCode.of("12");
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private final AccountFixture ax = new AccountFixture();

    @AfterEach
    void close() {
        ax.close();
    }

    @Test
    void sharesPerCommuneAndForTheProvinceAreExactAsTheAccountsStoodAtTheMonthsEnd() throws SQLException {
        // Bình Lư: eight beneficiaries
        Person b1 = beneficiary(BINH_LU, "Lò Văn Một");
        ax.step(b1, AccountStep.OPEN, "05/01/2026");
        ax.step(b1, AccountStep.REGISTER, "12/01/2026");
        ax.step(b1, AccountStep.VERIFY, "15/01/2026");
        paid(b1, "2026-02-01", "BANK_TRANSFER", "PAID");
        Person b2 = beneficiary(BINH_LU, "Lò Văn Hai");
        ax.step(b2, AccountStep.OPEN, "06/01/2026");
        ax.step(b2, AccountStep.REGISTER, "20/01/2026");
        paid(b2, "2026-02-01", "BANK_TRANSFER", "PAID");
        Person b3 = beneficiary(BINH_LU, "Lò Văn Ba");
        ax.step(b3, AccountStep.OPEN, "07/01/2026");
        ax.step(b3, AccountStep.REGISTER, "28/02/2026"); // on the month's last day: counted
        Person b4 = beneficiary(BINH_LU, "Lò Văn Bốn");
        ax.step(b4, AccountStep.OPEN, "10/02/2026");
        paid(b4, "2026-02-01", "BANK_TRANSFER", "FAILED"); // a failed transfer is not a payment
        Person b5 = beneficiary(BINH_LU, "Lò Văn Năm");
        ax.step(b5, AccountStep.OPEN, "08/01/2026");
        paid(b5, "2026-02-01", "CASH", "PAID"); // cash is not via the account
        paid(b5, "2026-01-01", "BANK_TRANSFER", "PAID"); // January is not February
        Person b6 = beneficiary(BINH_LU, "Lò Văn Sáu");
        ax.step(b6, AccountStep.OPEN, "09/01/2026");
        ax.step(b6, AccountStep.REGISTER, "10/01/2026");
        ax.step(b6, AccountStep.CLOSE, "15/02/2026"); // closed by the month's end
        Person b7 = beneficiary(BINH_LU, "Lò Văn Bảy");
        ax.step(b7, AccountStep.OPEN, "01/03/2026"); // opened after the month
        beneficiary(BINH_LU, "Lò Văn Tám"); // no account at all
        Person notYet = ax.person(BINH_LU, "Lò Văn Chờ", 1960, Sex.MALE);
        ax.submittedCase(notYet, "2026-01-05"); // submitted, not decided: not a beneficiary
        ax.step(notYet, AccountStep.OPEN, "05/01/2026");
        ax.step(notYet, AccountStep.REGISTER, "06/01/2026");
        // Sin Suối Hồ: two beneficiaries
        Person c1 = beneficiary(SIN_SUOI_HO, "Giàng A Páo");
        ax.step(c1, AccountStep.OPEN, "05/01/2026");
        ax.step(c1, AccountStep.REGISTER, "06/01/2026");
        ax.step(c1, AccountStep.VERIFY, "07/01/2026");
        paid(c1, "2026-02-01", "BANK_TRANSFER", "PAID");
        beneficiary(SIN_SUOI_HO, "Giàng A Sử");

        Project06Report february = province(FEBRUARY);

        CommuneIndicators binhLu = commune(february, BINH_LU);
        assertThat(binhLu)
                .extracting(
                        CommuneIndicators::beneficiaries,
                        CommuneIndicators::withAccount,
                        CommuneIndicators::registered,
                        CommuneIndicators::paidViaAccount)
                .containsExactly(8L, 5L, 3L, 2L);
        assertThat(binhLu.accountShare()).isEqualByComparingTo("62.5");
        assertThat(binhLu.registeredShare()).isEqualByComparingTo("37.5");
        assertThat(binhLu.paidShare()).isEqualByComparingTo("25.0");
        CommuneIndicators sinSuoiHo = commune(february, SIN_SUOI_HO);
        assertThat(sinSuoiHo)
                .extracting(
                        CommuneIndicators::beneficiaries,
                        CommuneIndicators::withAccount,
                        CommuneIndicators::registered,
                        CommuneIndicators::paidViaAccount)
                .containsExactly(2L, 1L, 1L, 1L);
        assertThat(sinSuoiHo.paidShare()).isEqualByComparingTo("50.0");
        assertThat(february.total())
                .extracting(
                        CommuneIndicators::communeName,
                        CommuneIndicators::beneficiaries,
                        CommuneIndicators::withAccount,
                        CommuneIndicators::registered,
                        CommuneIndicators::paidViaAccount)
                .containsExactly("Lai Châu", 10L, 6L, 4L, 3L);
        assertThat(february.total().accountShare()).isEqualByComparingTo("60.0");
        assertThat(february.total().paidShare()).isEqualByComparingTo("30.0");
        assertThat(february.communes())
                .as("every commune of the province, those without beneficiaries too")
                .hasSize(ax.fx.units().currentCommunes().stream()
                        .filter(u -> ax.fx.units().covers(LAI_CHAU, u.code()))
                        .toList()
                        .size())
                .filteredOn(c -> c.beneficiaries() == 0)
                .allSatisfy(c -> assertThat(c.accountShare()).isNull());
        assertThat(february.targets()).isEqualTo(new Project06Targets(95, 50));
        assertThat(binhLu.meetsAccountTarget(february.targets())).isFalse();
        assertThat(sinSuoiHo.meetsPaidTarget(february.targets()))
                .as("50 % reaches the 50 % target")
                .isTrue();

        CommuneIndicators march = commune(province(YearMonth.of(2026, 3)), BINH_LU);
        assertThat(march)
                .as("in March b7 has an account, b6's stays closed, nobody was paid yet")
                .extracting(
                        CommuneIndicators::withAccount,
                        CommuneIndicators::registered,
                        CommuneIndicators::paidViaAccount)
                .containsExactly(6L, 3L, 0L);
        CommuneIndicators december = commune(province(YearMonth.of(2025, 12)), BINH_LU);
        assertThat(december)
                .extracting(CommuneIndicators::beneficiaries, CommuneIndicators::withAccount)
                .containsExactly(8L, 0L);
    }

    @Test
    void aCommuneReportHasOneRowAndItsTotalIsThatRow() {
        Map<String, String> one = Map.of("03664", "Chiềng An");
        Person person = beneficiary(AdminUnitCode.of("03664"), "Lò Thị Một");
        ax.step(person, AccountStep.OPEN, "05/02/2026");

        Project06Report report = new Project06Query(ax.fx.em(), new PaidViaAccountLines())
                .report(one, FEBRUARY, Project06Targets.read(ax.fx.em()), "Chiềng An");

        assertThat(report.communes())
                .extracting(
                        CommuneIndicators::communeCode,
                        CommuneIndicators::beneficiaries,
                        CommuneIndicators::withAccount)
                .containsExactly(tuple("03664", 1L, 1L));
        assertThat(report.total().accountShare()).isEqualByComparingTo(BigDecimal.valueOf(100));
    }

    @Test
    void aBeneficiaryWhoseStopIsProposedButNotDecidedIsStillCounted() {
        AdminUnitCode chiengCoi = AdminUnitCode.of("03670");
        Person stays = beneficiary(chiengCoi, "Lò Văn Đề");
        BenefitCase c = ax.fx.em()
                .createQuery("select c from BenefitCase c where c.personId = :p", BenefitCase.class)
                .setParameter("p", stays.id())
                .getSingleResult();
        ax.run(
                AccountFixture.officerOf(chiengCoi),
                "2026-02-10T02:00:00Z",
                () -> new vn.ansinh.casework.application.ProposeStopCommand(
                        c.id(),
                        chiengCoi,
                        vn.ansinh.casework.domain.DecisionKind.TERMINATION,
                        vn.ansinh.casework.domain.EndReason.MOVED_AWAY,
                        FEBRUARY,
                        null,
                        "Chuyển đi nơi khác"));
        assertThat(ax.fx.reload(c).status()).isEqualTo(vn.ansinh.casework.domain.CaseStatus.TERMINATION_PROPOSED);
        Person other = beneficiary(chiengCoi, "Lò Văn Ở");
        ax.step(other, AccountStep.OPEN, "05/02/2026");

        Project06Report report = new Project06Query(ax.fx.em(), new PaidViaAccountLines())
                .report(Map.of("03670", "Chiềng Cơi"), FEBRUARY, Project06Targets.read(ax.fx.em()), "Chiềng Cơi");

        assertThat(report.total().beneficiaries())
                .as("a proposal changes nothing until the authority decides")
                .isEqualTo(2L);
        assertThat(report.total().accountShare()).isEqualByComparingTo("50.0");
    }

    private Person beneficiary(AdminUnitCode commune, String name) {
        Person person = ax.person(commune, name, 1950, Sex.MALE);
        ax.runningCase(person, "2026-01-05");
        return person;
    }

    /** A payroll line for the person's running case, in plain SQL (as the payroll module would write it). */
    private void paid(Person person, String month, String channel, String status) throws SQLException {
        BenefitCase c = ax.fx.em()
                .createQuery("select c from BenefitCase c where c.personId = :p", BenefitCase.class)
                .setParameter("p", person.id())
                .getResultList()
                .get(0);
        try (Connection db = ax.fx.jdbc().connect()) {
            long run;
            try (PreparedStatement s = db.prepareStatement(
                    "insert into payroll_run (unit_code, pay_month, status, "
                            + "created_at, created_by) values (?, ?, 'APPROVED', utc_timestamp(6), 'test') "
                            + "on duplicate key update id = last_insert_id(id)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, person.communeCode().value());
                s.setString(2, month);
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    run = keys.getLong(1);
                }
            }
            try (PreparedStatement s =
                    db.prepareStatement("insert into payroll_line (run_id, case_id, person_id, kind, "
                            + "for_month, commune_code, province_code, programme, category, scheme, standard_level_id, "
                            + "standard_level, coefficient_id, coefficient, amount, channel, payment_status) "
                            + "values (?, ?, ?, 'MONTHLY', ?, ?, ?, 'SOCIAL_ASSISTANCE', 'DISABLED', 'BTXH', 1, 500000, 1, 2.0, "
                            + "1000000, ?, ?)")) {
                s.setLong(1, run);
                s.setLong(2, c.id());
                s.setLong(3, person.id());
                s.setString(4, month);
                s.setString(5, person.communeCode().value());
                s.setString(6, person.provinceCode().value());
                s.setString(7, channel);
                s.setString(8, status);
                s.executeUpdate();
            }
        }
    }

    private Project06Report province(YearMonth month) {
        Map<String, String> communes = new LinkedHashMap<>();
        ax.fx.units().currentCommunes().stream()
                .filter(u -> ax.fx.units().covers(LAI_CHAU, u.code()))
                .sorted(Comparator.comparing(AdminUnit::name))
                .forEach(u -> communes.put(u.code().value(), u.name()));
        return new Project06Query(ax.fx.em(), new PaidViaAccountLines())
                .report(communes, month, Project06Targets.read(ax.fx.em()), "Lai Châu");
    }

    private static CommuneIndicators commune(Project06Report report, AdminUnitCode code) {
        return report.communes().stream()
                .filter(c -> c.communeCode().equals(code.value()))
                .findFirst()
                .orElseThrow();
    }
}
