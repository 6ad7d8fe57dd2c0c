package vn.ansinh.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.report.domain.HealthInsuranceGroup;
import vn.ansinh.report.domain.InsuranceStopReason;
import vn.ansinh.shared.kernel.Category;

/**
 * The health-insurance list compared with the month before, and its Excel read back with POI: one person of each
 * group, one with two benefits, one who died, one who moved, one whose decision ended, one who escaped poverty, one
 * whose group changed, one new.
 */
class HealthInsuranceWorkbookTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private final List<InsuredPerson> march = new ArrayList<>();
    private final List<InsuredPerson> february = new ArrayList<>();

    HealthInsuranceList list() {
        // on both lists
        both(1, "Lò Văn Công", Category.WAR_INVALID, "CC1110123456789");
        both(2, "Lò Thị Tuất", Category.MARTYR_RELATIVE, null);
        both(3, "Lò Văn Thân", Category.INVALID_RELATIVE, null);
        both(4, "Lò Thị Trợ", Category.DISABLED, "BT2110000000004");
        both(5, "Lò Văn Nghèo", Category.POOR_HOUSEHOLD_MEMBER, null);
        both(6, "Lò Thị Hưu", Category.SOCIAL_PENSION_75_NO_PENSION, null);
        // two benefits: a war invalid in a poor household is listed once, as CC
        march.add(person(7, "Lò Văn Hai", Category.POOR_HOUSEHOLD_MEMBER, false, null, false));
        march.add(person(7, "Lò Văn Hai", Category.WAR_INVALID, false, null, false));
        february.add(person(7, "Lò Văn Hai", Category.POOR_HOUSEHOLD_MEMBER, false, null, false));
        february.add(person(7, "Lò Văn Hai", Category.WAR_INVALID, false, null, false));
        // stopped after February
        february.add(person(8, "Lò Văn Mất", Category.DISABLED, true, EndReason.DEATH, true));
        february.add(person(9, "Lò Văn Chuyển", Category.ELDERLY_80_NO_PENSION, false, EndReason.MOVED_AWAY, true));
        february.add(person(10, "Lò Văn Hết", Category.DISABLED, false, EndReason.LOSS_OF_ELIGIBILITY, true));
        february.add(person(11, "Lò Thị Thoát", Category.POOR_HOUSEHOLD_MEMBER, false, null, true));
        // group changed: social assistance in February, a martyr's relative from March
        february.add(person(12, "Lò Thị Đổi", Category.DISABLED, false, null, false));
        march.add(person(12, "Lò Thị Đổi", Category.MARTYR_RELATIVE, false, null, false));
        // new in March
        march.add(person(13, "Lò Văn Mới", Category.CHILD_WITHOUT_SUPPORT, false, null, false));
        return HealthInsuranceList.compare("Xã Đông Kinh", MARCH, march, february);
    }

    @Test
    void theListHasEachPersonOnceInTheFirstGroupAndTheChangesWithTheirReasons() {
        HealthInsuranceList list = list();

        assertThat(list.insured()).hasSize(9);
        assertThat(list.insured())
                .filteredOn(p -> p.personId() == 7)
                .singleElement()
                .extracting(InsuredPerson::group)
                .isEqualTo(HealthInsuranceGroup.MERITORIOUS);
        assertThat(list.count(HealthInsuranceGroup.MERITORIOUS)).isEqualTo(2);
        assertThat(list.count(HealthInsuranceGroup.MARTYR_RELATIVE)).isEqualTo(2);
        assertThat(list.insured().get(0).group())
                .as("the list runs in the law's order of groups")
                .isEqualTo(HealthInsuranceGroup.MERITORIOUS);
        assertThat(list.changes())
                .extracting(c -> c.kind(), c -> c.person().personId(), InsuranceChange::month, InsuranceChange::reason)
                .containsExactlyInAnyOrder(
                        tuple(InsuranceChange.Kind.NEW, 13L, MARCH, null),
                        tuple(InsuranceChange.Kind.GROUP_CHANGED, 12L, MARCH, null),
                        tuple(InsuranceChange.Kind.STOPPED, 8L, FEBRUARY, InsuranceStopReason.DEATH),
                        tuple(InsuranceChange.Kind.STOPPED, 9L, FEBRUARY, InsuranceStopReason.MOVED_AWAY),
                        tuple(InsuranceChange.Kind.STOPPED, 10L, FEBRUARY, InsuranceStopReason.DECISION_ENDED),
                        tuple(InsuranceChange.Kind.STOPPED, 11L, FEBRUARY, InsuranceStopReason.POVERTY_EXIT));
        assertThat(list.count(InsuranceChange.Kind.STOPPED)).isEqualTo(4);
    }

    @Test
    void theExcelHasTheListAndTheChangesAsTwoSheets() throws Exception {
        byte[] bytes = HealthInsuranceWorkbook.write(list());

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách tham gia BHYT");
            assertThat(text(sheet.getRow(1), 0)).startsWith("DANH SÁCH NGƯỜI THAM GIA BẢO HIỂM Y TẾ");
            assertThat(text(sheet.getRow(2), 0)).contains("Xã Đông Kinh").contains("03/2026");
            Row header = sheet.getRow(4);
            assertThat(cells(header))
                    .containsExactly(
                            "STT",
                            "Họ và tên",
                            "Mã số BHXH",
                            "Ngày sinh",
                            "Giới tính",
                            "Số định danh cá nhân",
                            "Địa chỉ",
                            "Xã, phường",
                            "Mã đối tượng",
                            "Mức hưởng",
                            "Từ tháng",
                            "Diện hưởng");
            assertThat(sheet.getLastRowNum())
                    .as("header row 4, then nine people")
                    .isEqualTo(4 + 9);
            Row first = sheet.getRow(5);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(first, 1)).isEqualTo("Lò Văn Công");
            assertThat(text(first, 2)).as("the 10 digits of the card").isEqualTo("0123456789");
            assertThat(text(first, 3)).isEqualTo("15/03/1950");
            assertThat(text(first, 4)).isEqualTo("Nam");
            assertThat(text(first, 5)).isEqualTo("011050000001");
            assertThat(text(first, 8)).isEqualTo("CC");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(first, 10)).isEqualTo("07/2025");
            List<String> codes = new ArrayList<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                codes.add(text(sheet.getRow(r), 8));
            }
            assertThat(codes).containsExactly("CC", "CC", "TS", "TS", "TC", "BT", "BT", "HN", "BT");
            Row withoutCard = sheet.getRow(7);
            assertThat(withoutCard.getCell(2))
                    .as("no card: the number is unknown")
                    .satisfiesAnyOf(
                            c -> assertThat(c).isNull(),
                            c -> assertThat(c.getStringCellValue()).isEmpty());

            Sheet changes = book.getSheetAt(1);
            assertThat(changes.getSheetName()).isEqualTo("Biến động so với tháng trước");
            assertThat(cells(changes.getRow(4)))
                    .startsWith("STT", "Biến động", "Họ và tên")
                    .endsWith("Lý do");
            List<String> lines = new ArrayList<>();
            for (int r = 5; r <= changes.getLastRowNum(); r++) {
                Row row = changes.getRow(r);
                lines.add(text(row, 1) + " " + text(row, 2) + " " + text(row, 8) + " " + text(row, 10) + " "
                        + text(row, 11));
            }
            assertThat(lines)
                    .containsExactly(
                            "Tăng Lò Văn Mới BT 03/2026 ",
                            "Giảm Lò Văn Chuyển BT 02/2026 Chuyển nơi cư trú",
                            "Giảm Lò Văn Hết BT 02/2026 Hết hưởng theo quyết định",
                            "Giảm Lò Văn Mất BT 02/2026 Chết",
                            "Giảm Lò Thị Thoát HN 02/2026 Thoát nghèo",
                            "Đổi mã đối tượng Lò Thị Đổi TS 03/2026 ");
        }
    }

    @Test
    void everyLabelTheListUsesIsInBothLanguages() {
        ResourceBundle vi = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        List<String> keys = new ArrayList<>();
        for (HealthInsuranceGroup group : HealthInsuranceGroup.values()) {
            keys.add(group.labelKey());
        }
        for (InsuranceStopReason reason : InsuranceStopReason.values()) {
            keys.add(reason.labelKey());
        }
        for (InsuranceChange.Kind kind : InsuranceChange.Kind.values()) {
            keys.add(kind.labelKey());
        }
        HealthInsuranceWorkbook.LIST_COLUMNS.forEach(c -> keys.add("insurance.column." + c));
        HealthInsuranceWorkbook.CHANGE_COLUMNS.forEach(c -> keys.add("insurance.column." + c));
        for (String key : keys) {
            assertThat(vi.containsKey(key)).as(key).isTrue();
            assertThat(en.getString(key)).as(key).isNotEqualTo(vi.getString(key));
        }
    }

    private void both(long id, String name, Category category, String card) {
        march.add(person(id, name, category, card));
        february.add(person(id, name, category, card));
    }

    private static InsuredPerson person(long id, String name, Category category, String card) {
        return new InsuredPerson(
                id,
                name,
                PartialDate.of(1950, 3, 15),
                Sex.MALE,
                "0110500000%02d".formatted(id),
                card,
                "Bản Mới",
                "Xã Đông Kinh",
                false,
                HealthInsuranceGroup.of(category).orElseThrow(),
                category,
                YearMonth.of(2025, 7),
                category,
                null,
                false);
    }

    private static InsuredPerson person(
            long id, String name, Category category, boolean died, EndReason reason, boolean ending) {
        return new InsuredPerson(
                id,
                name,
                PartialDate.of(1950),
                Sex.FEMALE,
                null,
                null,
                null,
                "Xã Đông Kinh",
                died,
                HealthInsuranceGroup.of(category).orElseThrow(),
                category,
                YearMonth.of(2025, 7),
                category,
                reason,
                ending);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }
}
