package vn.ansinh.payment.channel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.shared.upload.UploadMessage;

/** A bank's result file read without a database: good, failed and malformed rows, and files that cannot be read. */
class BankResultParserTest {

    private static final long RUN = 12;
    private static final String HEADER =
            "STT;ma_dong;so_tai_khoan;ten_nguoi_huong;so_dinh_danh;so_tien;noi_dung;ket_qua;ly_do\r\n";

    private final Map<Long, LineState> lines = new HashMap<>();
    private final BankResultParser parser = new BankResultParser(RUN, "VBSP", ids -> {
        Map<Long, LineState> found = new HashMap<>();
        ids.forEach(id -> {
            if (lines.containsKey(id)) {
                found.put(id, lines.get(id));
            }
        });
        return found;
    });

    private void line(long id, long run, String bank, long amount, PaymentStatus status) {
        lines.put(id, new LineState(id, run, PaymentChannel.BANK_TRANSFER, bank, "ACC" + id, amount, status));
    }

    private static String row(
            int n, String lineId, String account, String name, long amount, String result, String reason) {
        return Csv.line(List.of(
                Integer.toString(n),
                lineId,
                account,
                name,
                "011152000321",
                Long.toString(amount),
                "TRO CAP THANG 03-2026",
                result,
                reason));
    }

    private BankResultReport parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parser.parse("ket-qua-vbsp.csv", bytes.length, new ByteArrayInputStream(bytes));
    }

    @Test
    void goodFailedAndMalformedRowsAreEachReportedWithWhy() {
        line(501, RUN, "VBSP", 750_000, PaymentStatus.EXPORTED);
        line(502, RUN, "VBSP", 1_110_000, PaymentStatus.EXPORTED);
        line(503, RUN, "VBSP", 500_000, PaymentStatus.EXPORTED);
        line(504, RUN, "VBSP", 500_000, PaymentStatus.EXPORTED);
        line(505, RUN, "VBSP", 500_000, PaymentStatus.EXPORTED);
        line(506, 13, "VBSP", 500_000, PaymentStatus.EXPORTED);
        line(507, RUN, "VBSP", 500_000, PaymentStatus.PENDING);
        line(508, RUN, "AGRIBANK", 500_000, PaymentStatus.EXPORTED);
        line(509, RUN, "VBSP", 500_000, PaymentStatus.PAID);
        line(510, RUN, "VBSP", 500_000, PaymentStatus.PAID);
        line(511, RUN, "VBSP", 500_000, PaymentStatus.EXPORTED);
        line(512, RUN, "VBSP", 500_000, PaymentStatus.EXPORTED);
        String file = Csv.BOM
                + HEADER
                + row(1, "501", "ACC501", "Nguyễn Thị Ánh", 750_000, "THANH_CONG", "")
                + row(
                        2,
                        "502",
                        "ACC502",
                        "Lò Văn Thành",
                        1_110_000,
                        "THAT_BAI",
                        "Tài khoản đã đóng; đề nghị chi tiền mặt")
                + row(3, "503", "ACC503", "Quàng Thị Én", 600_000, "THANH_CONG", "")
                + row(4, "504", "ACC504", "Vi Văn Sơn", 500_000, "DA_NHAN", "")
                + row(5, "505", "ACC505", "Lường Văn Ơn", 500_000, "THANH_CONG", "")
                + row(6, "506", "ACC506", "Cà Thị Ưng", 500_000, "THANH_CONG", "")
                + row(7, "507", "ACC507", "Lò Thị Ỷ", 500_000, "THANH_CONG", "")
                + row(8, "508", "ACC508", "Tòng Văn Đức", 500_000, "THANH_CONG", "")
                + row(9, "509", "ACC509", "Hà Thị Mỹ", 500_000, "THANH_CONG", "")
                + row(10, "510", "ACC510", "Hà Văn Lự", 500_000, "THAT_BAI", "Sai tên")
                + row(11, "999999", "ACC999", "Không Có", 500_000, "THANH_CONG", "")
                + row(12, "x12", "ACC512", "Mã Sai", 500_000, "THANH_CONG", "")
                + row(13, "511", "ACC511", "Lý Do Trống", 500_000, "THAT_BAI", "")
                + row(14, "505", "ACC505", "Lường Văn Ơn", 500_000, "THANH_CONG", "")
                + row(15, "512", "ACC-OTHER", "Khác Tài Khoản", 500_000, "THANH_CONG", "");

        BankResultReport report = parse(file);

        assertThat(report.fileProblems()).isEmpty();
        assertThat(report.rows())
                .extracting(
                        ResultRow::fileRow,
                        ResultRow::lineId,
                        ResultRow::outcome,
                        r -> r.problem() == null ? null : r.problem().messageKey())
                .containsExactly(
                        tuple(2, 501L, ResultOutcome.PAID, null),
                        tuple(3, 502L, ResultOutcome.FAILED, null),
                        tuple(4, 503L, ResultOutcome.REJECTED, "channels.result.row.amount"),
                        tuple(5, 504L, ResultOutcome.REJECTED, "channels.result.row.result"),
                        tuple(6, 505L, ResultOutcome.REJECTED, "channels.result.row.duplicate"),
                        tuple(7, 506L, ResultOutcome.REJECTED, "channels.result.row.otherRun"),
                        tuple(8, 507L, ResultOutcome.REJECTED, "channels.result.row.notExported"),
                        tuple(9, 508L, ResultOutcome.REJECTED, "channels.result.row.otherBank"),
                        tuple(10, 509L, ResultOutcome.ALREADY_RECORDED, null),
                        tuple(11, 510L, ResultOutcome.REJECTED, "channels.result.row.conflict.PAID"),
                        tuple(12, 999999L, ResultOutcome.REJECTED, "channels.result.row.unknownLine"),
                        tuple(13, null, ResultOutcome.REJECTED, "channels.result.row.lineId"),
                        tuple(14, 511L, ResultOutcome.REJECTED, "channels.result.row.reason"),
                        tuple(15, 505L, ResultOutcome.REJECTED, "channels.result.row.duplicate"),
                        tuple(16, 512L, ResultOutcome.REJECTED, "channels.result.row.account"));
        assertThat(report.rows(ResultOutcome.FAILED).get(0).reason())
                .isEqualTo("Tài khoản đã đóng; đề nghị chi tiền mặt");
        assertThat(report.rows().get(2).problem().arguments()).containsExactly("600.000", "500.000");
        assertThat(report.rows().get(4).problem().arguments()).containsExactly("505", "6, 15");
        assertThat(report.toApply()).extracting(ResultRow::lineId).containsExactly(501L, 502L);
        assertThat(report.notApplied()).isEqualTo(13);
        assertThat(report.canApply()).isTrue();
    }

    @Test
    void aFileWithoutByteOrderMarkWithCommasAndHeadersInAnotherOrderAndCaseIsReadAlike() {
        line(501, RUN, "VBSP", 750_000, PaymentStatus.EXPORTED);
        line(502, RUN, "VBSP", 1_110_000, PaymentStatus.EXPORTED);
        String file = "KET_QUA,Ly_Do,So_Tien,Ma_Dong,Ten_Nguoi_Huong\n"
                + "Thành công,,\"750.000\",501,Nguyễn Thị Ánh\n"
                + "thất bại,\"Sai số tài khoản, đã báo khách hàng\",1110000.00,502,Lò Văn Thành\n";

        BankResultReport report = parse(file);

        assertThat(report.rows())
                .extracting(ResultRow::lineId, ResultRow::outcome, ResultRow::amount)
                .containsExactly(
                        tuple(501L, ResultOutcome.PAID, 750_000L), tuple(502L, ResultOutcome.FAILED, 1_110_000L));
        assertThat(report.rows().get(1).reason()).isEqualTo("Sai số tài khoản, đã báo khách hàng");
    }

    @Test
    void theSameFileImportedAgainHasOnlyRowsAlreadyRecordedAndNothingToApply() {
        line(501, RUN, "VBSP", 750_000, PaymentStatus.PAID);
        line(502, RUN, "VBSP", 1_110_000, PaymentStatus.FAILED);
        String file = HEADER
                + row(1, "501", "ACC501", "Nguyễn Thị Ánh", 750_000, "THANH_CONG", "")
                + row(2, "502", "ACC502", "Lò Văn Thành", 1_110_000, "THAT_BAI", "Tài khoản đã đóng");

        BankResultReport report = parse(file);

        assertThat(report.rows())
                .extracting(ResultRow::outcome)
                .containsExactly(ResultOutcome.ALREADY_RECORDED, ResultOutcome.ALREADY_RECORDED);
        assertThat(report.canApply()).isFalse();
    }

    @Test
    void filesThatCannotBeReadAreRefusedAsAWholeWithTheirReason() {
        assertThat(problemOf(new byte[0])).isEqualTo("channels.result.file.empty");
        assertThat(problemOf(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo("channels.result.file.excel");
        assertThat(problemOf("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo("channels.result.file.notCsv");
        assertThat(problemOf(
                        "ma_dong;so_tien;ket_qua;ly_do\n1;2;THAT_BAI;Tài khoản".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("channels.result.file.encoding");
        assertThat(problemOf(HEADER.getBytes(StandardCharsets.UTF_8))).isEqualTo("channels.result.file.noRows");
        assertThat(problemOf("ma_dong;so_tien\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("channels.result.file.missing");
        assertThat(problemOf((HEADER + "1;\"501;x\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("channels.result.file.quote");
        BankResultReport missing = parser.parse(
                "kq.csv", 10, new ByteArrayInputStream("ma_dong;so_tien\n1;2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(missing.fileProblems().get(0).arguments()).containsExactly("ket_qua, ly_do");
        assertThat(missing.canApply()).isFalse();
        BankResultReport tooBig =
                parser.parse("kq.csv", BankResultParser.MAX_BYTES + 1, new ByteArrayInputStream(new byte[0]));
        assertThat(tooBig.fileProblems())
                .extracting(UploadMessage::messageKey)
                .containsExactly("channels.result.file.tooBig");
    }

    @Test
    void theReportSurvivesSerialisationForAViewScopedPage() throws IOException, ClassNotFoundException {
        line(501, RUN, "VBSP", 750_000, PaymentStatus.EXPORTED);
        BankResultReport report = parse(HEADER + row(1, "501", "ACC501", "Nguyễn Thị Ánh", 750_000, "THANH_CONG", ""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(report);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            BankResultReport copy = (BankResultReport) in.readObject();
            assertThat(copy.toApply()).extracting(ResultRow::lineId).containsExactly(501L);
            assertThat(copy.bankCode()).isEqualTo("VBSP");
        }
    }

    @Test
    void amountsAreWholeDongWrittenPlainlyOrGrouped() {
        assertThat(ResultFields.amount("750000")).isEqualTo(750_000L);
        assertThat(ResultFields.amount("750.000")).isEqualTo(750_000L);
        assertThat(ResultFields.amount("1,110,000")).isEqualTo(1_110_000L);
        assertThat(ResultFields.amount("1 110 000")).isEqualTo(1_110_000L);
        assertThat(ResultFields.amount("750000,00")).isEqualTo(750_000L);
        assertThat(ResultFields.amount("750000.50")).isNull();
        assertThat(ResultFields.amount("7.50.000")).isNull();
        assertThat(ResultFields.amount("-750000")).isNull();
        assertThat(ResultFields.amount("")).isNull();
    }

    private String problemOf(byte[] bytes) {
        BankResultReport report = parser.parse("kq.csv", bytes.length, new ByteArrayInputStream(bytes));
        assertThat(report.rows()).isEmpty();
        return report.fileProblems().get(0).messageKey();
    }
}
