package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.report.application.HealthInsuranceList;
import vn.ansinh.report.application.HealthInsuranceQuery;
import vn.ansinh.report.application.HealthInsuranceWorkbook;
import vn.ansinh.report.application.InsuranceChange;
import vn.ansinh.report.application.InsuredPerson;
import vn.ansinh.report.domain.InsuranceStopReason;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * The health-insurance list of March 2026 on the real database, against a hand-made data set in Lạng Sơn, which no
 * other test uses: in Đông Kinh one beneficiary of each state-paid group, a near-poor member (not state-paid), a war
 * invalid who is also a poor household's member (listed once), one who died, one who moved to Lương Văn Tri, one whose
 * decision ended, one who escaped poverty (all four after February), one new in March and one not yet decided. One
 * case is decided through the commands; the others copy it, with the period and status decisions would set.
 */
class HealthInsuranceIT {

    private static final AdminUnitCode DONG_KINH = AdminUnitCode.of("05977");
    private static final AdminUnitCode LUONG_VAN_TRI = AdminUnitCode.of("05983");
    private static final AdminUnitCode LANG_SON = AdminUnitCode.of("20");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static AccountFixture ax;
    private static BenefitCase template;
    private static final Map<String, Long> PEOPLE = new HashMap<>();

    @BeforeAll
    static void handMadeDataSet() throws Exception {
        ax = new AccountFixture();
        beneficiary("Công", Category.WAR_INVALID, "2025-06-01", null, CaseStatus.ACTIVE, null);
        beneficiary("Tuất", Category.MARTYR_RELATIVE, "2025-06-01", null, CaseStatus.ACTIVE, null);
        beneficiary("Thân", Category.INVALID_RELATIVE, "2025-06-01", null, CaseStatus.ACTIVE, null);
        beneficiary("Trợ", Category.DISABLED, "2025-06-01", null, CaseStatus.SUSPENDED, null);
        beneficiary("Nghèo", Category.POOR_HOUSEHOLD_MEMBER, "2026-01-01", null, CaseStatus.ACTIVE, null);
        beneficiary("Hưu", Category.SOCIAL_PENSION_75_NO_PENSION, "2025-07-01", null, CaseStatus.ACTIVE, null);
        beneficiary("Cận", Category.NEAR_POOR_HOUSEHOLD_MEMBER, "2026-01-01", null, CaseStatus.ACTIVE, null);
        Person both = beneficiary("Hai", Category.POOR_HOUSEHOLD_MEMBER, "2026-01-01", null, CaseStatus.ACTIVE, null);
        benefit(both, DONG_KINH, Category.WAR_INVALID, "2024-01-01", null, CaseStatus.ACTIVE, null);
        Person died = beneficiary("Mất", Category.DISABLED, "2025-06-01", "2026-02-01", CaseStatus.TERMINATED, "DEATH");
        try (Connection db = ax.fx.jdbc().connect();
                PreparedStatement s = db.prepareStatement("UPDATE person SET date_of_death = ? WHERE id = ?")) {
            s.setDate(1, Date.valueOf("2026-02-10"));
            s.setLong(2, died.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Person moved = beneficiary(
                "Chuyển",
                Category.ELDERLY_80_NO_PENSION,
                "2025-06-01",
                "2026-02-01",
                CaseStatus.TERMINATED,
                "MOVED_AWAY");
        benefit(moved, LUONG_VAN_TRI, Category.ELDERLY_80_NO_PENSION, "2026-03-01", null, CaseStatus.ACTIVE, null);
        beneficiary("Hết", Category.DISABLED, "2025-06-01", "2026-02-01", CaseStatus.TERMINATED, "LOSS_OF_ELIGIBILITY");
        beneficiary("Thoát", Category.POOR_HOUSEHOLD_MEMBER, "2025-01-01", "2026-02-01", CaseStatus.ESCAPED, null);
        beneficiary("Mới", Category.DISABLED, "2026-03-01", null, CaseStatus.ACTIVE, null);
        Person waiting = ax.person(DONG_KINH, "Hà Văn Chờ", 1950, Sex.MALE);
        PEOPLE.put("Chờ", waiting.id());
        ax.submittedCase(waiting, "2026-02-05");
        try (Connection db = ax.fx.jdbc().connect();
                PreparedStatement s = db.prepareStatement("UPDATE benefit_case SET status = ? WHERE id = ?")) {
            s.setString(1, CaseStatus.WITHDRAWN.name());
            s.setLong(2, template.id());
            assertThat(s.executeUpdate())
                    .as("the template itself is no beneficiary")
                    .isEqualTo(1);
        }
    }

    @AfterAll
    static void close() {
        ax.close();
    }

    @Test
    void aCommunesListHasEachStatePaidBeneficiaryOnceWithTheirGroupCode() {
        HealthInsuranceList list = list(DONG_KINH);

        assertThat(mine(list.insured()))
                .extracting(p -> p.fullName(), p -> p.group().code())
                .containsExactlyInAnyOrder(
                        tuple("Hà Văn Công", "CC"),
                        tuple("Hà Văn Hai", "CC"),
                        tuple("Hà Văn Tuất", "TS"),
                        tuple("Hà Văn Thân", "TC"),
                        tuple("Hà Văn Trợ", "BT"),
                        tuple("Hà Văn Nghèo", "HN"),
                        tuple("Hà Văn Hưu", "BT"),
                        tuple("Hà Văn Mới", "BT"));
        assertThat(mine(list.insured()))
                .filteredOn(p -> p.fullName().equals("Hà Văn Hai"))
                .singleElement()
                .extracting(InsuredPerson::from)
                .as("the first month of the benefit it is listed by")
                .isEqualTo(YearMonth.of(2024, 1));
    }

    @Test
    void theChangesSinceFebruaryAreTheNewAndTheStoppedWithTheirReasons() {
        HealthInsuranceList list = list(DONG_KINH);

        assertThat(list.changes().stream()
                        .filter(c -> PEOPLE.containsValue(c.person().personId())))
                .extracting(c -> c.kind(), c -> c.person().fullName(), InsuranceChange::reason)
                .containsExactlyInAnyOrder(
                        tuple(InsuranceChange.Kind.NEW, "Hà Văn Mới", null),
                        tuple(InsuranceChange.Kind.STOPPED, "Hà Văn Mất", InsuranceStopReason.DEATH),
                        tuple(InsuranceChange.Kind.STOPPED, "Hà Văn Chuyển", InsuranceStopReason.MOVED_AWAY),
                        tuple(InsuranceChange.Kind.STOPPED, "Hà Văn Hết", InsuranceStopReason.DECISION_ENDED),
                        tuple(InsuranceChange.Kind.STOPPED, "Hà Văn Thoát", InsuranceStopReason.POVERTY_EXIT));
    }

    @Test
    void aMoveWithinTheProvinceIsNoChangeInTheProvincesListAndNewInTheNewCommunes() {
        HealthInsuranceList province = list(LANG_SON);
        assertThat(mine(province.insured())).extracting(InsuredPerson::fullName).contains("Hà Văn Chuyển");
        assertThat(province.changes())
                .filteredOn(c -> c.person().personId() == PEOPLE.get("Chuyển"))
                .isEmpty();

        HealthInsuranceList newCommune = list(LUONG_VAN_TRI);
        assertThat(newCommune.changes())
                .filteredOn(c -> c.person().personId() == PEOPLE.get("Chuyển"))
                .extracting(InsuranceChange::kind)
                .containsExactly(InsuranceChange.Kind.NEW);
    }

    @Test
    void theExcelReadBackHasTheListAndTheChanges() throws Exception {
        HealthInsuranceList list = list(DONG_KINH);
        byte[] bytes = HealthInsuranceWorkbook.write(list);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, String> codes = new HashMap<>();
            Sheet sheet = book.getSheetAt(0);
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                codes.put(text(row, 1), text(row, 8) + text(row, 9));
                if (text(row, 1).equals("Hà Văn Công")) {
                    assertThat(text(row, 3)).isEqualTo("1950");
                    assertThat(text(row, 5)).hasSize(12);
                    assertThat(text(row, 10)).isEqualTo("06/2025");
                }
            }
            assertThat(codes)
                    .containsEntry("Hà Văn Công", "CC1")
                    .containsEntry("Hà Văn Tuất", "TS2")
                    .containsEntry("Hà Văn Thân", "TC3")
                    .containsEntry("Hà Văn Nghèo", "HN2")
                    .doesNotContainKeys("Hà Văn Cận", "Hà Văn Chờ", "Hà Văn Mất");
            Sheet changes = book.getSheetAt(1);
            List<String> stopped = new ArrayList<>();
            for (int r = 5; r <= changes.getLastRowNum(); r++) {
                Row row = changes.getRow(r);
                if (text(row, 1).equals("Giảm") && text(row, 2).startsWith("Hà Văn")) {
                    stopped.add(text(row, 2) + ": " + text(row, 11) + " (" + text(row, 10) + ")");
                }
            }
            assertThat(stopped)
                    .containsExactlyInAnyOrder(
                            "Hà Văn Mất: Chết (02/2026)",
                            "Hà Văn Chuyển: Chuyển nơi cư trú (02/2026)",
                            "Hà Văn Hết: Hết hưởng theo quyết định (02/2026)",
                            "Hà Văn Thoát: Thoát nghèo (02/2026)");
        }
    }

    private static HealthInsuranceList list(AdminUnitCode unit) {
        return new HealthInsuranceQuery(ax.fx.em())
                .list(UnitScope.of(unit, ax.fx.units()), MARCH, unit.value(), code -> code);
    }

    private static List<InsuredPerson> mine(List<InsuredPerson> people) {
        return people.stream().filter(p -> PEOPLE.containsValue(p.personId())).toList();
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }

    /** A person of Đông Kinh with a decided benefit, whose period, status and reason are set as decisions would. */
    private static Person beneficiary(
            String name, Category category, String from, String until, CaseStatus status, String reason)
            throws Exception {
        Person person = ax.person(DONG_KINH, "Hà Văn " + name, 1950, Sex.MALE);
        PEOPLE.put(name, person.id());
        benefit(person, DONG_KINH, category, from, until, status, reason);
        return person;
    }

    /**
     * A further decided benefit of the person, in the commune given (a move opens the new commune's case): a copy of
     * the one case decided through the commands (its dossier, opening and decision), with the person, category,
     * period, status and reason set as the decisions would have set them.
     */
    private static void benefit(
            Person person,
            AdminUnitCode commune,
            Category category,
            String from,
            String until,
            CaseStatus status,
            String reason)
            throws Exception {
        if (template == null) {
            template = ax.runningCase(ax.person(DONG_KINH, "Hà Văn Mẫu", 1950, Sex.MALE), "2025-12-20");
        }
        try (Connection db = ax.fx.jdbc().connect();
                PreparedStatement s = db.prepareStatement("INSERT INTO benefit_case (application_id, person_id,"
                        + " programme, category, commune_code, province_code, status, origin, opened_at, opened_by,"
                        + " decided_on, decided_by, entitled_from, entitled_until, end_reason, updated_at, updated_by)"
                        + " SELECT application_id, ?, ?, ?, ?, province_code, ?, origin, opened_at, opened_by,"
                        + " decided_on, decided_by, ?, ?, ?, updated_at, updated_by FROM benefit_case WHERE id = ?")) {
            s.setLong(1, person.id());
            s.setString(2, category.programme().name());
            s.setString(3, category.name());
            s.setString(4, commune.value());
            s.setString(5, status.name());
            s.setDate(6, Date.valueOf(LocalDate.parse(from)));
            s.setDate(7, until == null ? null : Date.valueOf(LocalDate.parse(until)));
            s.setString(8, reason);
            s.setLong(9, template.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
