package vn.ansinh.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The payment history shows a recovery item's status by the enum's own label key, in both languages. */
class RecoveryStatusLabelTest {

    @Test
    void everyStatusHasItsLabelInVietnameseAndEnglish() throws IOException {
        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(Arrays.stream(RecoveryStatus.values()).map(RecoveryStatus::labelKey))
                .contains("recovery.status.PROPOSED")
                .allMatch(vi::containsKey)
                .allMatch(en::containsKey);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RecoveryStatusLabelTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
