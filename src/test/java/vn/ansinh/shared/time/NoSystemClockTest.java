package vn.ansinh.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code reads the time from the one injected clock (ClockProducer, in Vietnam's zone, fixed for a demonstration
 * or a test) and never from the system: no {@code LocalDate.now()}, {@code YearMonth.now(zone)},
 * {@code Instant.now()}… (with or without a zone), no system clock or current-time-millis outside the producer. A
 * plain scan of the source text, comments left out.
 */
class NoSystemClockTest {

    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|YearMonth|Year|MonthDay|Instant|ZonedDateTime|OffsetDateTime"
                    + "|OffsetTime)\\s*\\.\\s*now\\s*\\("
                    + "|\\bClock\\s*\\.\\s*system(?:UTC|DefaultZone)?\\s*\\("
                    + "|\\bSystem\\s*\\.\\s*currentTimeMillis\\s*\\("
                    + "|\\bnew\\s+(?:java\\.util\\.)?Date\\s*\\(\\s*\\)"
                    + "|\\bCalendar\\s*\\.\\s*getInstance\\s*\\(");
    private static final Path PRODUCER = Path.of("src/main/java/vn/ansinh/shared/time/ClockProducer.java");

    @Test
    void mainCodeReadsTheTimeOnlyFromTheInjectedClock() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                found.addAll(systemTimeIn(file, Files.readString(file)));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsEachWayOfAskingTheSystem() {
        String code = String.join(
                "\n",
                "class Sample {",
                "  // LocalDate.now() in a comment does not count",
                "  /* nor YearMonth.now() here */",
                "  void a() { var d = LocalDate.now(); }",
                "  void b() { var m = YearMonth.now(ZONE); }",
                "  void c() { var i = java.time.Instant.now(); }",
                "  void d() { var c = Clock.systemUTC(); }",
                "  void e() { long t = System.currentTimeMillis(); }",
                "  void f() { var t = LocalDate.ofInstant(clock.instant(), ZONE); }",
                "}");
        assertThat(systemTimeIn(Path.of("Sample.java"), code))
                .containsExactly(
                        "Sample.java:4: LocalDate.now(",
                        "Sample.java:5: YearMonth.now(",
                        "Sample.java:6: Instant.now(",
                        "Sample.java:7: Clock.systemUTC(",
                        "Sample.java:8: System.currentTimeMillis(");
    }

    @Test
    void theProducerIsTheOnePlaceThatReadsTheSystemClock() throws IOException {
        assertThat(withoutComments(Files.readString(PRODUCER))).contains("Clock.system(VietnamTime.ZONE)");
    }

    /** The places in a source that ask the system for the time, as {@code file:line: call}. */
    private static List<String> systemTimeIn(Path file, String source) {
        if (file.normalize().equals(PRODUCER.normalize())) {
            return List.of();
        }
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher m = SYSTEM_TIME.matcher(code);
        while (m.find()) {
            int line = (int) code.substring(0, m.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            found.add(file + ":" + line + ": " + m.group().replaceAll("\\s", ""));
        }
        return found;
    }

    /** The source with its comments blanked out (line breaks kept, so line numbers stay right). */
    private static String withoutComments(String source) {
        Matcher m = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL).matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
