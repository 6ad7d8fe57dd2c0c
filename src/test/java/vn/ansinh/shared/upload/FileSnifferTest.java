package vn.ansinh.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.upload.FileSniffer.Kind;

/** What an upload is by its content, within the size limit; what text a CSV reader gets from it. */
class FileSnifferTest {

    private static final String CSV = "Số định danh cá nhân;Họ tên\n011150000101;Lò Thị Én\n";

    private final FileSniffer sniffer = new FileSniffer(1024, 3);

    @Test
    void aFileAnnouncedTooBigIsNotReadAtAll() {
        InputStream unreadable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("must not be read");
            }
        };

        FileSniffer.Sniffed file = sniffer.sniff("lon.xlsx", 1025, unreadable);

        assertThat(file.kind()).isEqualTo(Kind.TOO_BIG);
        assertThat(file.bytes()).isEmpty();
        assertThat(file.utf8Text()).isEmpty();
    }

    @Test
    void aFileLargerThanAnnouncedIsReadOnlyOneByteBeyondTheLimit() {
        CountingStream endless = new CountingStream();

        FileSniffer.Sniffed file = sniffer.sniff("lon.csv", 10, endless);

        assertThat(file.kind()).isEqualTo(Kind.TOO_BIG);
        assertThat(endless.read).isEqualTo(1025);
    }

    @Test
    void aFileOfExactlyTheLimitIsTaken() {
        byte[] text = new byte[1024];
        Arrays.fill(text, (byte) 'a');

        assertThat(sniff("a.csv", text).kind()).isEqualTo(Kind.TEXT);
    }

    @Test
    void theKindComesFromTheContentNotTheName() throws Exception {
        assertThat(FileSniffer.kindOf(workbook())).as("a workbook named .csv").isEqualTo(Kind.XLSX);
        assertThat(sniff("a.xlsx", CSV.getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(Kind.TEXT);
        assertThat(sniff("a.xlsx", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))
                        .kind())
                .isEqualTo(Kind.PDF);
        assertThat(sniff("a.xlsx", new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
                        })
                        .kind())
                .isEqualTo(Kind.XLS);
        assertThat(sniff("anh.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0})
                        .kind())
                .isEqualTo(Kind.BINARY);
        assertThat(sniff("a.csv", new byte[0]).kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void aPasswordProtectedWorkbookIsToldApartFromAnOldOne() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(workbook());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertThat(FileSniffer.kindOf(encrypted)).isEqualTo(Kind.ENCRYPTED_XLSX);
    }

    @Test
    void utf8TextIsGivenWithoutItsByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(sniff("a.csv", withBom).utf8Text()).contains(CSV);
        assertThat(sniff("a.csv", CSV.getBytes(StandardCharsets.UTF_8)).utf8Text())
                .contains(CSV);
    }

    @Test
    void textInAnotherEncodingIsTextButNotUtf8() {
        FileSniffer.Sniffed latin = sniff("a.csv", CSV.getBytes(StandardCharsets.ISO_8859_1));
        FileSniffer.Sniffed vietnameseWindows =
                sniff("a.csv", "Họ tên;Ngày\nLò Thị Én;05/01/2026\n".getBytes(Charset.forName("windows-1258")));

        assertThat(latin.kind()).isEqualTo(Kind.TEXT);
        assertThat(latin.utf8Text()).isEmpty();
        assertThat(vietnameseWindows.kind()).isEqualTo(Kind.TEXT);
        assertThat(vietnameseWindows.utf8Text()).isEmpty();
    }

    @Test
    void utf16TextIsNeitherTextNorUtf8() {
        byte[] utf16 = "\uFEFFHọ tên;Ngày\n".getBytes(StandardCharsets.UTF_16LE);

        FileSniffer.Sniffed file = sniff("unicode.txt", utf16);

        assertThat(file.kind()).isEqualTo(Kind.BINARY);
        assertThat(file.utf8Text()).isEmpty();
    }

    @Test
    void aControlCharacterBeyondTheProbeStillKeepsTheTextFromACsvReader() {
        String text = "a;b\n".repeat(2000) + "\u0000\n";
        FileSniffer big = new FileSniffer(FileSniffer.DEFAULT_MAX_BYTES, 10);

        FileSniffer.Sniffed file = big.sniff("a.csv", 0, stream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(file.kind()).as("the first 4 KB look like text").isEqualTo(Kind.TEXT);
        assertThat(file.utf8Text()).isEmpty();
        assertThat(sniff("a.csv", "a;b\tc\r\n".getBytes(StandardCharsets.UTF_8)).utf8Text())
                .as("tabs and line breaks are no control characters here")
                .contains("a;b\tc\r\n");
    }

    @Test
    void aBlankNameBecomesAQuestionMarkAndANameIsStripped() {
        assertThat(sniff("  ", CSV.getBytes(StandardCharsets.UTF_8)).fileName()).isEqualTo("?");
        assertThat(sniffer.sniff(null, 0, stream(new byte[0])).fileName()).isEqualTo("?");
        assertThat(sniff(" danh sách.xlsx ", new byte[0]).fileName()).isEqualTo("danh sách.xlsx");
    }

    @Test
    void anUploadThatCannotBeReadIsNoFaultOfTheFile() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> sniffer.sniff("a.csv", 10, broken)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theRowLimitAdmitsUpToItsMostAndThenRefuses() {
        RowLimit limit = sniffer.rowLimit();

        assertThat(limit.admit()).isTrue();
        assertThat(limit.admit()).isTrue();
        assertThat(limit.admit()).isTrue();
        assertThat(limit.exceeded()).isFalse();
        assertThat(limit.admit()).isFalse();
        assertThat(limit.exceeded()).isTrue();
        assertThat(limit.count()).isEqualTo(3);
        assertThat(sniffer.rowLimit().count()).as("a fresh count for each file").isZero();
    }

    @Test
    void limitsArePositiveAndShownInWholeMegabytes() {
        assertThatThrownBy(() -> new FileSniffer(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FileSniffer(10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sniffer.maxMegabytes()).isEqualTo(1);
        assertThat(new FileSniffer(FileSniffer.DEFAULT_MAX_BYTES, 1).maxMegabytes())
                .isEqualTo(10);
    }

    private FileSniffer.Sniffed sniff(String name, byte[] bytes) {
        return sniffer.sniff(name, bytes.length, stream(bytes));
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** An endless stream of letters that counts what was read. */
    private static final class CountingStream extends InputStream {

        int read;

        @Override
        public int read() {
            read++;
            return 'a';
        }
    }
}
