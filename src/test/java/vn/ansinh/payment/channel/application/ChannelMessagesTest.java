package vn.ansinh.payment.channel.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollStatus;

/** Every message of the payment channels exists in Vietnamese and English and formats well. */
class ChannelMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(channels\\.[A-Za-z.]*[A-Za-z])\"");

    @Test
    void everyKeyTheChannelsCodeUsesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/ansinh/payment/channel"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ResultOutcome outcome : ResultOutcome.values()) {
            used.add(outcome.labelKey());
        }
        for (PaymentStatus status : PaymentStatus.values()) {
            used.add("channels.status." + status.name());
        }
        for (PayrollStatus status : PayrollStatus.values()) {
            used.add("channels.runStatus." + status.name());
        }
        used.add("channels.result.row.conflict.PAID");
        used.add("channels.result.row.conflict.FAILED");
        used.remove("channels.result.row.conflict.");

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(load("messages").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyChannelsMessageIsAWellFormedPatternInBothLanguages() throws IOException {
        for (String bundle : new String[] {"messages", "messages_en"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                if (key.startsWith("channels.")) {
                    String text = new MessageFormat(messages.getProperty(key), Locale.ROOT)
                            .format(new Object[] {"A", "B", "C", "D", "E", "F"});
                    assertThat(text).as(bundle + ": " + key).isNotBlank().doesNotContain("{", "}");
                }
            }
        }
        assertThat(load("messages").getProperty("channels.channel.CASH")).isEqualTo("Tiền mặt");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                ChannelMessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
