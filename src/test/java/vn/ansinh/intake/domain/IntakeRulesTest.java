package vn.ansinh.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

    @Test
    void scansAreRecognisedByTheirFirstBytesNotTheirName() {
        assertThat(ScanMediaType.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .contains(ScanMediaType.PDF);
        assertThat(ScanMediaType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(ScanMediaType.JPEG);
        assertThat(ScanMediaType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(ScanMediaType.PNG);
        assertThat(ScanMediaType.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ScanMediaType.sniff(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void storedNamesLoseTheirPathsAndTakeTheRealExtension() {
        assertThat(StoredFile.safeName("C:\\Users\\a\\giấy khai sinh.exe", ScanMediaType.PDF))
                .isEqualTo("giấy khai sinh.pdf");
        assertThat(StoredFile.safeName("../../etc/passwd", ScanMediaType.PNG)).isEqualTo("passwd.png");
        assertThat(StoredFile.safeName("<script>.html", ScanMediaType.JPEG)).isEqualTo("_script_.jpg");
        assertThat(StoredFile.safeName("", ScanMediaType.PDF)).isEqualTo("tai-lieu.pdf");
    }
}
