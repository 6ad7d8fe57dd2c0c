package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The test authenticator against the RFC's own vectors. */
class TotpTest {

    @Test
    void matchesTheSha1VectorsOfRfc6238() {
        // RFC 6238 appendix B: key "12345678901234567890" (Base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ), 8-digit codes
        Totp totp = Totp.ofBase32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");

        assertThat(totp.code(59L / 30)).isEqualTo("287082"); // 94287082, last 6 digits
        assertThat(totp.code(1111111109L / 30)).isEqualTo("081804"); // 07081804
        assertThat(totp.code(2000000000L / 30)).isEqualTo("279037"); // 69279037
    }

    @Test
    void decodesBase32() {
        assertThat(new String(Totp.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), StandardCharsets.US_ASCII))
                .isEqualTo("12345678901234567890");
    }
}
