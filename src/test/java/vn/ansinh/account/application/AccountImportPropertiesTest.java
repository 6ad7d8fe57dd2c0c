package vn.ansinh.account.application;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ansinh.fuzz.Workbooks;

/**
 * Property tests of the account import ({@link AccountImportParser}): any text or bytes, and CSV and .xlsx
 * files whose rows have the right columns, one too many or too few, quotes in odd places, and cells from
 * pools of good and near-good values (an unknown bank, 31/02/2026, a date after today, an account number in
 * a number cell …). The report answers, every message has a key in both bundles, and no row with an error
 * applies a step ({@link AccountImportOracle}).
 */
class AccountImportPropertiesTest {

    static final List<String> HEADER =
            List.of("Số định danh cá nhân", "Họ tên", "Mã ngân hàng", "Số tài khoản", "Sự kiện", "Ngày");

    @Property(tries = 100)
    void anyTextGetsAReport(@ForAll("anyText") String text) {
        AccountImportOracle.check(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 60)
    void anyBytesGetAReport(@ForAll byte[] bytes) {
        AccountImportOracle.check(bytes);
    }

    @Property(tries = 100)
    void csvRowsOfNearGoodValuesAreReadOrRefusedWithAKey(
            @ForAll("rows") List<List<Object>> rows, @ForAll("separators") String separator, @ForAll boolean quoted) {
        StringBuilder csv = new StringBuilder(String.join(separator, HEADER)).append("\r\n");
        for (List<Object> row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object value : row) {
                String text = value == null ? "" : value.toString();
                fields.add(quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
            }
            csv.append(String.join(separator, fields)).append('\n');
        }
        AccountImportOracle.check(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 8)
    void workbookRowsOfNearGoodValuesAreReadOrRefusedWithAKey(@ForAll("rows") List<List<Object>> rows) {
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(List.of("Danh sách mở tài khoản"));
        sheet.add(HEADER);
        sheet.addAll(rows);
        AccountImportOracle.check(Workbooks.xlsx("Danh sách", sheet));
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> csvish = Arbitraries.strings()
                .withChars("0123456789,;\t\"\r\n /ABVSPMO_TAIKHN")
                .ofMaxLength(120);
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                csvish,
                csvish.map(s -> String.join(",", HEADER) + "\n" + s),
                csvish.map(s -> "\uFEFF" + String.join(";", HEADER) + "\n" + s));
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", ";", "\t");
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        List<Arbitrary<Object>> cells = List.of(
                Arbitraries.<Object>of(
                                AccountImportOracle.EN,
                                AccountImportOracle.DOI,
                                AccountImportOracle.OTHER_COMMUNE,
                                "011150009999",
                                11150000101L,
                                "01115000010",
                                "0111 5000 0101",
                                "x\"y")
                        .injectNull(0.1),
                Arbitraries.<Object>of("Lò Thị Én", "Lo Thi En", "Nguyễn Thị Hoa", "=CMD|' /C calc'!A0", "")
                        .injectNull(0.2),
                Arbitraries.<Object>of("VBSP", "agribank", "NGANHANGX", "V", "B".repeat(30), 123)
                        .injectNull(0.2),
                Arbitraries.<Object>of(
                                "0123456789",
                                "3601205123456",
                                "12345",
                                "1".repeat(25),
                                "0123-456-789",
                                1.23456789012E11,
                                1.0E18,
                                "abc")
                        .injectNull(0.2),
                Arbitraries.<Object>of("MO_TAI_KHOAN", "DANG_KY_NHAN", "Mở tài khoản", "đăng ký nhận", "DONG", "", 1)
                        .injectNull(0.1),
                Arbitraries.<Object>of(
                                "05/01/2026",
                                "5/1/2026",
                                "31/02/2026",
                                "29/02/2024",
                                "01/01/2027",
                                "2026-01-05",
                                "05/13/2026",
                                LocalDate.of(2026, 1, 5),
                                LocalDate.of(2099, 1, 1),
                                46000,
                                "hôm qua")
                        .injectNull(0.1));
        Arbitrary<List<Object>> row = Combinators.combine(cells).as(values -> new ArrayList<>(values));
        Arbitrary<List<Object>> wrongWidth = Combinators.combine(
                        row, Arbitraries.integers().between(0, 2))
                .as((values, how) -> {
                    List<Object> copy = new ArrayList<>(values);
                    if (how == 0) {
                        copy.add("thừa");
                    } else if (how == 1) {
                        copy.remove(copy.size() - 1);
                    } else {
                        copy.remove(0);
                    }
                    return copy;
                });
        return Arbitraries.oneOf(row, row, wrongWidth).list().ofMinSize(1).ofMaxSize(5);
    }
}
