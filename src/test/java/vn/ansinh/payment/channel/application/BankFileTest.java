package vn.ansinh.payment.channel.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;

/** The bank transfer file as CSV and Excel, read back as a bank would. */
class BankFileTest {

    private static final BankFile FILE = new BankFile(
            12,
            AdminUnitCode.of("03253"),
            Lines.MARCH,
            "VBSP",
            "Ngân hàng Chính sách xã hội",
            List.of(
                    Lines.transfer(501, "Nguyễn Thị Ánh", "0123456789", 750_000),
                    Lines.transfer(502, "Lò Văn Thành", "8800112233", 1_110_000)));

    @Test
    void theCsvIsUtf8WithAByteOrderMarkSemicolonsAndTheAgreedHeader() {
        byte[] csv = BankFileCsv.write(FILE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n"))
                .containsExactly(
                        "STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung",
                        "1;501;0123456789;Nguyễn Thị Ánh;011152000321;750000;TRO CAP THANG 03-2026",
                        "2;502;8800112233;Lò Văn Thành;011152000321;1110000;TRO CAP THANG 03-2026");
    }

    @Test
    void anArrearsTransferSaysSoInItsDescriptionWithoutDiacritics() {
        assertThat(PaymentTexts.transferNote(
                        vn.ansinh.payment.domain.LineKind.ARREARS, java.time.YearMonth.of(2025, 11)))
                .isEqualTo("TRUY LINH TRO CAP THANG 11-2025");
    }

    @Test
    void aDifferenceTransferAndItsCashListKindSayItIsTheDifferenceOfAMonthAlreadyPaid() {
        assertThat(PaymentTexts.transferNote(
                        vn.ansinh.payment.domain.LineKind.DIFFERENCE, java.time.YearMonth.of(2026, 7)))
                .isEqualTo("TRUY LINH CHENH LECH TRO CAP THANG 07-2026");
        assertThat(PaymentTexts.kind(vn.ansinh.payment.domain.LineKind.DIFFERENCE))
                .isEqualTo("Truy lĩnh chênh lệch");
        assertThat(PaymentTexts.kind(vn.ansinh.payment.domain.LineKind.MONTHLY)).isEqualTo("Hằng tháng");
    }

    @Test
    void theExcelFileHasTheSameColumnsWithNumbersAsNumbersAndIdentifiersAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(BankFileWorkbook.write(FILE)))) {
            Sheet sheet = workbook.getSheet(BankFileWorkbook.SHEET);
            Row header = sheet.getRow(0);
            assertThat(List.of(
                            header.getCell(0).getStringCellValue(),
                            header.getCell(1).getStringCellValue(),
                            header.getCell(5).getStringCellValue()))
                    .containsExactly("STT", "ma_dong", "so_tien");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(501);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("0123456789");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("011152000321");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1_110_000);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void theFileNameNamesBankUnitAndMonth() {
        assertThat(FILE.baseName()).isEqualTo("chuyen-khoan-vbsp-03253-2026-03");
        assertThat(FILE.total()).isEqualTo(1_860_000);
    }
}
