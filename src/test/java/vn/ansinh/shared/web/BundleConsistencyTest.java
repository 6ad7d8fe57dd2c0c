package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.shared.security.Role;

/** Every UI text exists in Vietnamese and in English, and every key the code and pages use exists. */
class BundleConsistencyTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9._-]+)'\\]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/messages.properties").stringPropertyNames());
        assertThat(load("i18n/faces_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/faces.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByCodeOrPagesExists() throws IOException {
        Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
        List<String> used = new ArrayList<>();
        for (Role role : Role.values()) {
            used.add(role.labelKey());
        }
        for (Navigation entry : Navigation.values()) {
            used.add(entry.getLabelKey());
        }
        for (SettingKey key : SettingKey.values()) {
            used.add(key.labelKey());
            used.add(key.hintKey());
        }
        used.addAll(List.of(
                "error.access.role",
                "error.access.unit",
                "error.conflict",
                "setting.error.range",
                "setting.error.integer",
                "setting.error.length",
                "setting.error.unknown",
                "setting.saved"));
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(keys).containsAll(used);
    }

    @Test
    void vietnameseTextKeepsItsDiacritics() throws IOException {
        assertThat(load("i18n/messages.properties").getProperty("error.403.title"))
                .isEqualTo("Không có quyền truy cập");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
