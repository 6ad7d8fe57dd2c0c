package vn.ansinh.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.DecisionKind;

/**
 * Every command's audit name has a label on the audit page, in Vietnamese and English. The names are read from the
 * commands' sources: the string literals their {@code action()} returns (directly or through an {@code ACTION}
 * constant), and the names built from an enum ({@code "case." + transition}), expanded for every value.
 */
class AuditActionLabelsTest {

    private static final Pattern ACTION_METHOD =
            Pattern.compile("String action\\(\\)\\s*\\{(.*?)\\n    }", Pattern.DOTALL);
    private static final Pattern ACTION_CONSTANT = Pattern.compile("ACTION\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_.]*)\"");

    @Test
    void everyCommandsActionHasAVietnameseAndAnEnglishLabel() throws IOException {
        List<String> actions = actions();
        assertThat(actions)
                .hasSizeGreaterThan(50)
                .contains("payroll.approve", "case.start_posting", "case.propose.termination");

        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        assertThat(actions)
                .allSatisfy(action -> assertThat(vi.getProperty(AuditLabels.PREFIX + action))
                        .as("Vietnamese label of " + action)
                        .isNotBlank())
                .allSatisfy(action -> assertThat(en.getProperty(AuditLabels.PREFIX + action))
                        .as("English label of " + action)
                        .isNotBlank());
    }

    @Test
    void theFieldsOfTheListsAuditRowsHaveAVietnameseAndAnEnglishLabel() throws IOException {
        // the fields of the gift lists' and list decisions' audit values: "entries" showed as it is stored on the
        // Vietnamese audit page (issue 14, one language per page)
        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        for (String field : List.of("status", "entries", "cutOff", "paidOn", "number", "cases")) {
            assertThat(vi.getProperty(AuditLabels.FIELD_PREFIX + field))
                    .as("Vietnamese label of the field " + field)
                    .isNotBlank()
                    .isNotEqualTo(en.getProperty(AuditLabels.FIELD_PREFIX + field));
            assertThat(en.getProperty(AuditLabels.FIELD_PREFIX + field))
                    .as("English label of the field " + field)
                    .isNotBlank();
        }
    }

    private static List<String> actions() throws IOException {
        List<String> actions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Command.java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher method = ACTION_METHOD.matcher(source);
                if (!method.find()) {
                    continue;
                }
                String body = method.group(1);
                if (body.contains("return ACTION")) {
                    Matcher constant = ACTION_CONSTANT.matcher(source);
                    assertThat(constant.find()).as("ACTION constant of " + file).isTrue();
                    actions.add(constant.group(1));
                } else if (body.contains("transition.name()")
                        || body.contains("outcome.name()")
                        || body.contains("step.name()")) {
                    for (CaseTransition t : CaseTransition.values()) {
                        actions.add("case." + t.name().toLowerCase(Locale.ROOT));
                    }
                } else if (body.contains("kind.name()")) {
                    for (DecisionKind k : DecisionKind.values()) {
                        actions.add("case.propose." + k.name().toLowerCase(Locale.ROOT));
                    }
                } else {
                    Matcher literal = LITERAL.matcher(body);
                    boolean any = false;
                    while (literal.find()) {
                        actions.add(literal.group(1));
                        any = true;
                    }
                    assertThat(any)
                            .as("an action name this test can read in " + file)
                            .isTrue();
                }
            }
        }
        return actions.stream().distinct().toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditActionLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
