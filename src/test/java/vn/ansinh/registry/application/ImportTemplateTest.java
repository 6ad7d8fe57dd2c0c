package vn.ansinh.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.shared.upload.UploadMessage;

class ImportTemplateTest {

    @Test
    void theColumnsAreTheAgreedOnesInOrderWithTheTwelveIndicatorsLast() {
        assertThat(ImportTemplate.columns())
                .extracting(ImportColumn::header)
                .startsWith(
                        "STT",
                        "Họ và tên",
                        "Ngày sinh",
                        "Giới tính",
                        "Dân tộc",
                        "Số định danh cá nhân",
                        "Số CMND cũ",
                        "Mã thẻ BHYT",
                        "Số điện thoại",
                        "Địa chỉ",
                        "Mã hộ trong tệp",
                        "Quan hệ với chủ hộ",
                        "Năm rà soát",
                        "Thu nhập bình quân đầu người (VND/tháng)");
        assertThat(ImportTemplate.columns().subList(14, 26))
                .extracting(c -> c.indicator().orElseThrow())
                .containsExactly(DeprivationIndicator.values());
        assertThat(ImportColumn.EMPLOYMENT.templateLetter()).isEqualTo("O");
        assertThat(ImportColumn.INFORMATION_ASSETS.templateLetter()).isEqualTo("Z");
        assertThat(ImportColumn.letter(26)).isEqualTo("AA");
    }

    @Test
    void theTemplateHasTheHeaderRowTextColumnsAndAnInstructionsSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("Danh sách");
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .containsExactlyElementsOf(ImportTemplate.columns().stream()
                            .map(ImportColumn::header)
                            .toList());
            assertThat(data.getColumnWidth(ImportColumn.FULL_NAME.ordinal())).isEqualTo(28 * 256);
            assertThat(data.getColumnStyle(ImportColumn.PERSONAL_ID.ordinal()).getDataFormatString())
                    .as("a personal ID typed in keeps its leading zero")
                    .isEqualTo("@");
            assertThat(data.getColumnStyle(ImportColumn.BIRTH_DATE.ordinal()).getDataFormatString())
                    .isEqualTo("@");
            assertThat(data.getDataValidations())
                    .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .contains(
                            ImportColumn.SEX.ordinal(),
                            ImportColumn.RELATIONSHIP.ordinal(),
                            ImportColumn.EMPLOYMENT.ordinal());
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();

            Sheet help = workbook.getSheet("Hướng dẫn");
            List<String> text = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : help) {
                row.forEach(cell -> text.add(formatter.formatCellValue(cell)));
            }
            for (ImportColumn column : ImportColumn.values()) {
                assertThat(text).contains(column.header(), column.help(), column.templateLetter());
            }
            assertThat(text).contains("54", "Rơ Măm", "01", "Kinh");
            assertThat(Ethnicity.values()).allSatisfy(e -> assertThat(text).contains(e.vietnameseName()));
        }
    }

    @Test
    void theEmptyTemplateReadsBackWithoutAnyHeaderProblem() throws IOException {
        byte[] template = template();

        ImportReport report = new PersonImportParser(LocalDate.of(2026, 3, 1))
                .parse(ImportTemplate.FILE_NAME, template.length, new ByteArrayInputStream(template));

        assertThat(report.problems())
                .extracting(UploadMessage::messageKey, UploadMessage::arguments)
                .containsExactly(tuple("import.error.noRows", List.of("Danh sách")));
    }

    @Test
    void aTemplateFilledInReadsBack() throws IOException {
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Row row = workbook.getSheetAt(0).createRow(1);
            Object[] values = ImportFiles.person(
                    1, "Lò Văn Thành", "15/03/1948", "Nam", "Thái", PersonImportParserTest.THANH_ID, "H01", "Chủ hộ");
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    row.createCell(i).setCellValue(values[i].toString());
                }
            }
            workbook.write(filled);
        }

        ImportReport report = new PersonImportParser(LocalDate.of(2026, 3, 1))
                .parse("x.xlsx", filled.size(), new ByteArrayInputStream(filled.toByteArray()));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsToImport())
                .singleElement()
                .satisfies(r -> assertThat(r.person().personalId().value()).isEqualTo(PersonImportParserTest.THANH_ID));
    }

    private static byte[] template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(out);
        return out.toByteArray();
    }
}
