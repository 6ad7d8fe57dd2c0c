package vn.ansinh.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import vn.ansinh.shared.kernel.InvalidValueException;

/** Every message the registry value objects can give exists in Vietnamese and English and formats well. */
class RegistryMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(person\\.[A-Za-z.]*[A-Za-z])\"");

    @Test
    void everyKeyTheRegistryDomainUsesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/vn/ansinh/registry/domain"))) {
            for (Path source : sources.toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Sex sex : Sex.values()) {
            used.add(sex.labelKey());
        }

        assertThat(used).hasSizeGreaterThan(20);
        assertThat(load("messages").stringPropertyNames()).containsAll(used);
        assertThat(load("messages_en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyValidationMessageIsAWellFormedPatternInBothLanguages() throws IOException {
        for (String bundle : new String[] {"messages", "messages_en"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                if (key.startsWith("person.")) {
                    String text = new MessageFormat(messages.getProperty(key), Locale.ROOT)
                            .format(new Object[] {"A", "B", "C"});
                    assertThat(text).as(bundle + ": " + key).isNotBlank().doesNotContain("{", "}");
                }
            }
        }
    }

    @Test
    void theVietnameseMessagesKeepTheirDiacritics() throws IOException {
        assertThat(load("messages").getProperty("person.sex.FEMALE")).isEqualTo("Nữ");
        assertThat(load("messages").getProperty("person.error.oldIdNumber.format"))
                .isEqualTo("Số chứng minh nhân dân (loại cũ) phải gồm đúng 9 chữ số.");
    }

    @Test
    void aYearInAMessageIsShownWithoutAThousandsSeparator() throws IOException {
        InvalidValueException e = catchThrowableOfType(() -> PartialDate.of(1948, 2, 31), InvalidValueException.class);

        String text = new MessageFormat(load("messages").getProperty(e.messageKey()), Locale.forLanguageTag("vi"))
                .format(e.arguments());

        assertThat(text).isEqualTo("Tháng 2 năm 1948 không có ngày 31.");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                RegistryMessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
