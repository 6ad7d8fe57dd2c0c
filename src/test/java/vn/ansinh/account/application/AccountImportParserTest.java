package vn.ansinh.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.account.application.AccountImportRow.Outcome;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.upload.UploadMessage;

/** The account import file, CSV and Excel: good rows, bad rows, broken rows, and files that are not right at all. */
class AccountImportParserTest {

    static final String HEADER = "Số định danh cá nhân,Họ tên,Mã ngân hàng,Số tài khoản,Sự kiện,Ngày\n";
    static final String EN = "011150000101";
    static final String DOI = "011075000102";
    static final String OTHER_COMMUNE = "040180000103";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final FakeAccountLookup lookup = new FakeAccountLookup()
            .person(EN, 1, "Lò Thị Én", FakeAccountLookup.TUAN_GIAO)
            .person(DOI, 2, "Cà Văn Đôi", FakeAccountLookup.TUAN_GIAO)
            .person(OTHER_COMMUNE, 3, "Nguyễn Thị Hoa", FakeAccountLookup.QUY_HOP);

    @Test
    void goodRowsOfACsvFileAreReadyInFileOrderWithTheirSteps() {
        AccountImportReport report = csv(HEADER
                + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n"
                + EN + ",Lo Thi En,,,DANG_KY_NHAN,12/01/2026\n"
                + DOI + ",Cà Văn Đôi,agribank,3601205123456,Mở tài khoản,20/1/2026\n");

        assertThat(report.fileMessages()).isEmpty();
        assertThat(report.rows())
                .extracting(AccountImportRow::rowNumber, AccountImportRow::outcome)
                .containsExactly(tuple(2, Outcome.READY), tuple(3, Outcome.READY), tuple(4, Outcome.READY));
        assertThat(report.row(3).messages())
                .as("the name folded without diacritics agrees")
                .isEmpty();
        assertThat(report.linesToApply())
                .extracting(AccountImportLine::personId, AccountImportLine::step, AccountImportLine::on)
                .containsExactly(
                        tuple(1L, AccountStep.OPEN, LocalDate.of(2026, 1, 5)),
                        tuple(1L, AccountStep.REGISTER, LocalDate.of(2026, 1, 12)),
                        tuple(2L, AccountStep.OPEN, LocalDate.of(2026, 1, 20)));
        assertThat(report.linesToApply().get(2).bank().value()).isEqualTo("AGRIBANK");
        assertThat(report.linesToApply().get(0).number().value()).isEqualTo("0123456789");
        assertThat(report.canImport()).isTrue();
    }

    @Test
    void aDifferentNameIsAWarningThatKeepsTheRowIn() {
        AccountImportReport report = csv(HEADER + EN + ",Lò Thị Hoa,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n");

        AccountImportRow row = report.row(2);
        assertThat(row.outcome()).isEqualTo(Outcome.READY);
        assertThat(row.messages())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("account.import.warning.nameMismatch", List.of("Lò Thị Hoa", "Lò Thị Én")));
        assertThat(report.warningCount()).isEqualTo(1);
    }

    @Test
    void eachBadRowIsLeftOutWithItsReasonAndTheGoodOnesStay() {
        AccountImportReport report = csv(HEADER
                + "011150009999,Ai Đó,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 2 unknown ID
                + OTHER_COMMUNE + ",Nguyễn Thị Hoa,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 3 other commune
                + EN + ",Lò Thị Én,NGANHANGX,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 4 unknown bank
                + EN + ",Lò Thị Én,VBSP,0123-456,MO_TAI_KHOAN,05/01/2026\n" // 5 bad number
                + DOI + ",Cà Văn Đôi,,,DANG_KY_NHAN,05/01/2026\n" // 6 illegal step (no account)
                + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,31/02/2026\n" // 7 no such date
                + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 8 good
                + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 9 repeats 8
                + DOI + ",Cà Văn Đôi,,,MO_TAI_KHOAN,05/01/2026\n" // 10 open without bank
                + DOI + ",Cà Văn Đôi,VBSP,0123456789,RUT_TIEN,05/01/2026\n" // 11 unknown event
                + DOI + ",Cà Văn Đôi,VBSP,0123456789,MO_TAI_KHOAN,05/06/2026\n" // 12 future
                + "01115000010,Cà Văn Đôi,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 13 11 digits
                + EN + ",Lò Thị Én,,,DANG_KY_NHAN,04/01/2026\n"); // 14 before the opening of row 8

        assertThat(report.rows())
                .extracting(AccountImportRow::rowNumber, AccountImportParserTest::firstMessage)
                .containsExactly(
                        tuple(2, "account.import.error.unknownPerson"),
                        tuple(3, "account.import.error.otherCommune"),
                        tuple(4, "account.error.bank.unknown"),
                        tuple(5, "account.error.number.digits"),
                        tuple(6, "account.error.transition"),
                        tuple(7, "account.import.error.date"),
                        tuple(8, null),
                        tuple(9, "account.import.error.duplicateRow"),
                        tuple(10, "account.import.error.required"),
                        tuple(11, "account.import.error.event"),
                        tuple(12, "account.error.date.future"),
                        tuple(13, "person.error.personalId.length"),
                        tuple(14, "account.error.date.beforeLastStep"));
        assertThat(report.rows())
                .filteredOn(r -> r.outcome() == Outcome.READY)
                .extracting(AccountImportRow::rowNumber)
                .containsExactly(8);
        assertThat(report.row(9).messages().get(0).arguments()).containsExactly("8");
        assertThat(report.row(10).messages())
                .extracting(UploadMessage::column)
                .containsExactly(AccountImportColumn.BANK, AccountImportColumn.ACCOUNT_NUMBER);
        assertThat(report.errorCount()).isEqualTo(12);
        assertThat(report.linesToApply()).hasSize(1);
    }

    @Test
    void brokenCsvRecordsAreErrorsOfTheirRowAndTheRestOfTheFileIsStillRead() {
        AccountImportReport report = csv(HEADER
                + EN + ",\"Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 2 unclosed quote
                + DOI + ",Cà \"Văn\" Đôi,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 3 stray quote
                + DOI + ",\"Cà Văn Đôi\"x,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n" // 4 text after quote
                + DOI + ",Cà Văn Đôi,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026,thừa\n" // 5 extra field
                + DOI + ",\"Cà Văn Đôi\",AGRIBANK,3601205123456,MO_TAI_KHOAN,20/01/2026\n"); // 6 good

        assertThat(report.rows())
                .extracting(AccountImportRow::rowNumber, AccountImportParserTest::firstMessage)
                .containsExactly(
                        tuple(2, "account.import.error.malformed.quote"),
                        tuple(3, "account.import.error.malformed.strayQuote"),
                        tuple(4, "account.import.error.malformed.afterQuote"),
                        tuple(5, "account.import.error.malformed.width"),
                        tuple(6, null));
        assertThat(report.linesToApply())
                .extracting(AccountImportLine::rowNumber)
                .containsExactly(6);
    }

    @Test
    void aStepAlreadyInTheHistoryIsSkippedSoThatTheSameFileTwiceChangesNothing() {
        lookup.account(EN, AccountStatus.HAS_ACCOUNT, "VBSP", "0123456789", LocalDate.of(2026, 1, 5))
                .recorded(EN, AccountStatus.HAS_ACCOUNT, LocalDate.of(2026, 1, 5));

        AccountImportReport report = csv(HEADER
                + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n"
                + EN + ",Lò Thị Én,VBSP,0123456789,DANG_KY_NHAN,12/01/2026\n"
                + EN + ",Lò Thị Én,VBSP,9999999999,XAC_THUC,15/01/2026\n");

        assertThat(report.rows())
                .extracting(AccountImportRow::outcome)
                .containsExactly(Outcome.ALREADY_RECORDED, Outcome.READY, Outcome.ERROR);
        assertThat(report.row(4).messages().get(0).messageKey()).isEqualTo("account.import.error.otherNumber");
        assertThat(report.alreadyRecordedCount()).isEqualTo(1);

        lookup.account(EN, AccountStatus.REGISTERED, "VBSP", "0123456789", LocalDate.of(2026, 1, 12))
                .recorded(EN, AccountStatus.REGISTERED, LocalDate.of(2026, 1, 12));
        AccountImportReport again = csv(HEADER
                + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n"
                + EN + ",Lò Thị Én,VBSP,0123456789,DANG_KY_NHAN,12/01/2026\n");
        assertThat(again.rows()).extracting(AccountImportRow::outcome).containsOnly(Outcome.ALREADY_RECORDED);
        assertThat(again.canImport()).isFalse();
    }

    @Test
    void semicolonsTabsAByteOrderMarkAndEnglishHeadersInAnyOrderAreRead() {
        AccountImportReport semicolons = parse(
                "a.csv",
                ("\uFEFFSự kiện;Ngày;Số định danh cá nhân;Số tài khoản;Mã ngân hàng\n" + "MO_TAI_KHOAN;05/01/2026;" + EN
                                + ";0123456789;VBSP\n")
                        .getBytes(StandardCharsets.UTF_8));
        AccountImportReport english = parse(
                "b.csv",
                ("personal id\tdate\tevent\tbank code\taccount number\n" + EN
                                + "\t05/01/2026\tOPEN\tVBSP\t0123456789\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(semicolons.rows()).extracting(AccountImportRow::outcome).containsExactly(Outcome.READY);
        assertThat(semicolons.fileMessages())
                .extracting(UploadMessage::messageKey)
                .containsExactly("account.import.warning.noNames");
        assertThat(english.rows()).extracting(AccountImportRow::outcome).containsExactly(Outcome.READY);
    }

    @Test
    void filesThatAreNotRightAreRefusedAsAWholeWithTheirReason() {
        assertThat(fileError(parse("x.csv", new byte[0]))).isEqualTo("account.import.error.empty");
        assertThat(fileError(parse(
                        "x.csv",
                        (HEADER + EN + ",Lò Thị Én,VBSP,0123456789,MO_TAI_KHOAN,05/01/2026\n")
                                .getBytes(StandardCharsets.ISO_8859_1))))
                .isEqualTo("account.import.error.encoding");
        assertThat(fileError(parse("x.xls", new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                })))
                .isEqualTo("account.import.error.xls");
        assertThat(fileError(parse("x.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("account.import.error.pdf");
        assertThat(fileError(parse("x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})))
                .isEqualTo("account.import.error.unreadable");
        assertThat(fileError(csv("Danh sách tài khoản\n1,2,3\n"))).isEqualTo("account.import.error.header.notFound");
        assertThat(fileError(csv("Số định danh cá nhân,Họ tên,Số tài khoản,Sự kiện,Ngày\n" + EN + ",A,1,2,3\n")))
                .isEqualTo("account.import.error.header.missing");
        assertThat(fileError(csv(HEADER))).isEqualTo("account.import.error.noRows");
        AccountImportReport tooBig = new AccountImportParser(lookup, AdminUnitCode.of("03253"), TODAY)
                .parse("big.csv", AccountImportParser.MAX_BYTES + 1, InputStream.nullInputStream());
        assertThat(fileError(tooBig)).isEqualTo("account.import.error.tooBig");
        AccountImportReport tooMany = new AccountImportParser(lookup, AdminUnitCode.of("03253"), TODAY, 2)
                .parse(
                        "many.csv",
                        0,
                        new ByteArrayInputStream((HEADER + "a\nb\nc\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(fileError(tooMany)).isEqualTo("account.import.error.tooManyRows");
        assertThat(tooMany.canImport()).isFalse();
    }

    @Test
    void anExcelFileIsReadWithItsDateCellsAndNumberCellsRepaired() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH MỞ TÀI KHOẢN THÁNG 01/2026");
            Row header = sheet.createRow(2);
            String[] titles = {
                "STT", "Số định danh cá nhân", "Họ và tên", "Mã ngân hàng", "Số tài khoản", "Sự kiện", "Ngày"
            };
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue(1);
            first.createCell(1).setCellValue(11150000101d); // number cell: lost its leading 0
            first.createCell(2).setCellValue("Lò Thị Én");
            first.createCell(3).setCellValue("VBSP");
            first.createCell(4).setCellValue(123456789d); // number cell: a warning
            first.createCell(5).setCellValue("MO_TAI_KHOAN");
            first.createCell(6).setCellValue(LocalDate.of(2026, 1, 5));
            first.getCell(6).setCellStyle(dateStyle);
            Row second = sheet.createRow(4);
            second.createCell(1).setCellValue(DOI);
            second.createCell(2).setCellValue("Cà Văn Đôi");
            second.createCell(3).setCellValue("AGRIBANK");
            second.createCell(4).setCellValue(36012051234567890d); // 17 digits in a number cell
            second.createCell(5).setCellValue("MO_TAI_KHOAN");
            second.createCell(6).setCellValue("20/01/2026");
            wb.write(out);
            workbook = out.toByteArray();
        }

        AccountImportReport report = parse("tai-khoan.xlsx", workbook);

        assertThat(report.fileMessages())
                .extracting(UploadMessage::messageKey)
                .containsExactly("account.import.warning.header.unknown");
        AccountImportRow en = report.row(4);
        assertThat(en.outcome()).isEqualTo(Outcome.READY);
        assertThat(en.personalId()).isEqualTo(EN);
        assertThat(en.date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(en.messages())
                .extracting(UploadMessage::messageKey)
                .containsExactly("import.warning.leadingZeros", "account.import.warning.numberCell");
        assertThat(en.line().number().value()).isEqualTo("123456789");
        AccountImportRow doi = report.row(5);
        assertThat(doi.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(doi.messages())
                .extracting(UploadMessage::messageKey)
                .containsExactly("account.import.error.numberCell");
    }

    @Test
    void theShippedSampleFileIsReadCleanly() throws IOException {
        byte[] sample;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AccountImports.SAMPLE_RESOURCE)) {
            assertThat(in).isNotNull();
            sample = in.readAllBytes();
        }
        AccountImportReport report = parse(AccountImports.SAMPLE_FILE_NAME, sample);

        assertThat(report.fileMessages()).isEmpty();
        assertThat(report.rows()).hasSize(5).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.READY);
            assertThat(r.messages()).isEmpty();
        });
    }

    @Test
    void theTemplateFilledInIsReadWithItsHeaders() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        AccountImportTemplate.write(java.util.Map.of("VBSP", "Ngân hàng Chính sách xã hội"), template);
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(wb.getSheetName(0)).isEqualTo(AccountImportTemplate.DATA_SHEET);
            assertThat(wb.getSheetName(1)).isEqualTo(AccountImportTemplate.HELP_SHEET);
            Row row = wb.getSheet(AccountImportTemplate.DATA_SHEET).createRow(1);
            String[] values = {EN, "Lò Thị Én", "VBSP", "0123456789", "MO_TAI_KHOAN", "05/01/2026"};
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
            wb.write(out);
            filled = out.toByteArray();
        }

        AccountImportReport report = parse(AccountImportTemplate.FILE_NAME, filled);

        assertThat(report.fileMessages()).isEmpty();
        assertThat(report.rows()).extracting(AccountImportRow::outcome).containsExactly(Outcome.READY);
    }

    private static String firstMessage(AccountImportRow row) {
        return row.messages().isEmpty() ? null : row.messages().get(0).messageKey();
    }

    private AccountImportReport csv(String text) {
        return parse("tai-khoan.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private AccountImportReport parse(String name, byte[] bytes) {
        return new AccountImportParser(lookup, AdminUnitCode.of("03253"), TODAY)
                .parse(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    private static String fileError(AccountImportReport report) {
        assertThat(report.rows()).isEmpty();
        return report.fileMessages().stream()
                .filter(UploadMessage::isError)
                .findFirst()
                .map(UploadMessage::messageKey)
                .orElse(null);
    }
}
