package vn.ansinh.registry.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.ansinh.fuzz.Workbooks;

/**
 * Property tests of the person import ({@link PersonImportParser}): any bytes, damaged workbooks, and
 * workbooks with the template's columns (or columns dropped, moved, repeated, unknown) whose cells come
 * from pools of good and near-good values (31/02, an ID that lost its leading zero in a number cell, a
 * formula, a name with a digit, a date cell of 1870 …). The report answers, every message has a key in both
 * bundles, and no row with an error is imported ({@link PersonImportOracle}).
 */
class PersonImportPropertiesTest {

    private static final byte[] GOOD = ImportFiles.withTemplateHeaders()
            .row(ImportFiles.person(1, "Lò Thị Én", "15/03/1950", "Nữ", "Thái", "011150000101", "H01", "Chủ hộ"))
            .bytes();

    @Property(tries = 60)
    void anyBytesGetAReport(@ForAll("anyBytes") byte[] bytes) {
        PersonImportOracle.check(bytes);
    }

    @Property(tries = 40)
    void aDamagedWorkbookGetsAReport(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int changes,
            @ForAll @IntRange(min = 0, max = 6000) int length) {
        PersonImportOracle.check(Workbooks.damaged(GOOD, seed, changes, length));
    }

    @Property(tries = 12)
    void rowsOfNearGoodValuesAreReadOrRefusedWithAKey(
            @ForAll("headers") List<String> headers, @ForAll("rows") List<List<Object>> rows) {
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(headers);
        sheet.addAll(rows);
        ImportReport report = PersonImportOracle.check(Workbooks.xlsx(ImportTemplate.DATA_SHEET, sheet));
        assertThat(report.problems().isEmpty() && report.rowsToImport().isEmpty())
                .as("a file with data rows is imported or says why not")
                .isFalse();
    }

    @Property(tries = 1)
    void theGoodFileStaysGood() {
        ImportReport report = PersonImportOracle.check(GOOD);
        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsToImport()).hasSize(1);
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.strings()
                        .ofMaxLength(200)
                        .map(s -> ("PK\u0003\u0004" + s).getBytes(StandardCharsets.ISO_8859_1)),
                Arbitraries.strings().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<List<String>> headers() {
        List<String> template =
                Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();
        return Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, template.size() - 1),
                        Arbitraries.integers().between(0, template.size() - 1))
                .as((how, i, j) -> {
                    List<String> headers = new ArrayList<>(template);
                    switch (how) {
                        case 1 -> headers.remove((int) i); // a column missing: the next ones shift left
                        case 2 -> java.util.Collections.swap(headers, i, j); // two columns moved
                        case 3 -> headers.set(i, headers.get(j)); // a header repeated
                        case 4 -> headers.add(i, "Cột lạ"); // an unknown column
                        default -> {}
                    }
                    return headers;
                });
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        List<Arbitrary<Object>> cells = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            cells.add(Arbitraries.of(pool(column)).injectNull(0.3));
        }
        Arbitrary<List<Object>> row = Combinators.combine(cells).as(values -> new ArrayList<>(values));
        Arbitrary<List<Object>> longer = Combinators.combine(row, Arbitraries.of(pool(null)))
                .as((values, extra) -> {
                    List<Object> copy = new ArrayList<>(values);
                    copy.add(extra);
                    return copy;
                });
        return Arbitraries.oneOf(row, row, longer).list().ofMinSize(1).ofMaxSize(4);
    }

    private static List<Object> pool(ImportColumn column) {
        if (column == null) {
            return List.of("thừa", 7, "=SUM(A1)");
        }
        return switch (column) {
            case ROW_NUMBER -> List.of(1, 2, "a", 1.5);
            case FULL_NAME ->
                List.of(
                        "Lò Thị Én",
                        "Lo\u0300 Thi\u0323 E\u0301n",
                        "Nguyễn Văn 2",
                        "=HYPERLINK(\"x\")",
                        "   ",
                        "A".repeat(101),
                        "Đặng\u00A0Thị  Hương",
                        42);
            case BIRTH_DATE ->
                List.of(
                        "15/03/1950",
                        "31/02/1950",
                        "29/02/1952",
                        "03/1950",
                        "1950",
                        "1870",
                        "13/1950",
                        "1/1/2030",
                        LocalDate.of(1950, 3, 15),
                        LocalDate.of(1870, 1, 1),
                        LocalDate.of(2031, 1, 1),
                        1950,
                        45000.5,
                        -1,
                        "ngày rằm");
            case SEX -> List.of("Nữ", "Nam", "nu", "NAM", "X", 1);
            case ETHNICITY -> List.of("Thái", "Kinh", "01", "1", "99", "0", "Ê-đê", "Klingon", 3, 3.7);
            case PERSONAL_ID ->
                List.of(
                        "011150000101",
                        "011 150 000 101",
                        11150000101L,
                        1.1150000101E10,
                        "01115000010",
                        "999150000101",
                        "011050000101",
                        "0111500001O1",
                        "٠١١١٥٠٠٠٠١٠١",
                        -11150000101L,
                        1.0E20);
            case OLD_ID_NUMBER -> List.of("123456789", 23456789, "12345678", "abc", 1.0E15);
            case HEALTH_INSURANCE_CARD ->
                List.of("BT2011234567890", "bt2011234567890", "BT9011234567890", "ZZ2011234567890", "BT201", "ß", 1);
            case PHONE -> List.of("0912345678", 912345678, "+84 912 345 678", "abc", "0", 1.0E12);
            case ADDRESS -> List.of("Bản Phiêng", "=1+1", "x".repeat(300), 12, "@cmd");
            case HOUSEHOLD_KEY -> List.of("H01", "H02", "h01", 1, " ");
            case RELATIONSHIP -> List.of("Chủ hộ", "Vợ", "Con", "chu ho", "bạn", 2);
            case REVIEW_YEAR -> List.of(2025, "2025", "20x5", "1990", 2099, LocalDate.of(2025, 1, 1), 2025.5);
            case INCOME_PER_CAPITA ->
                List.of(
                        1_500_000,
                        "1.500.000",
                        "1,500,000 đ",
                        "1 500 000 VND",
                        "-5",
                        "1e9",
                        1.0E300,
                        -3,
                        0.5,
                        "9".repeat(40),
                        LocalDate.of(2025, 1, 1));
            default -> List.of("x", "X", "y", 1, true);
        };
    }
}
