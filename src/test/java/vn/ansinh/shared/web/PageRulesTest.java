package vn.ansinh.shared.web;

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
 * Pages hold no rule: they ask the domain ({@code c.allows('ADJUST')}, {@code run.status().hasLines()}) instead of
 * comparing a status or a level with a string in EL; and every day or month a user types goes through the project's
 * tags ({@code a:day}, {@code a:month}, so through DayConverter and MonthConverter), never a bare text input.
 */
class PageRulesTest {

    private static final Pattern STRING_COMPARISON =
            Pattern.compile("#\\{[^}]*?(?:\\b(?:eq|ne)\\b|==|!=)\\s*'[^']*'[^}]*}");
    private static final Pattern BARE_DAY_OR_MONTH =
            Pattern.compile("placeholder=\"dd/mm/yyyy\"|placeholder=\"#\\{msg\\['form\\.monthPlaceholder'\\]}\"");

    /** A dialog's opening tag (over several lines) without closeOnEscape="true". */
    private static final Pattern DIALOG_WITHOUT_ESCAPE =
            Pattern.compile("<p:(?:confirmDialog|dialog)\\b(?![^>]*closeOnEscape=\"true\")[^>]*>");
    /** A p:dialog (a confirmation is modal by itself) that is not modal. */
    private static final Pattern DIALOG_NOT_MODAL = Pattern.compile("<p:dialog\\b(?![^>]*modal=\"true\")[^>]*>");

    @Test
    void noPageComparesAStatusOrLevelWithAString() throws IOException {
        assertThat(found(STRING_COMPARISON)).isEmpty();
    }

    @Test
    void everyTypedDayOrMonthGoesThroughTheProjectTags() throws IOException {
        assertThat(found(BARE_DAY_OR_MONTH)).isEmpty();
    }

    /**
     * Keyboard use (issue 14): Escape closes every dialog (a confirmation is then answered "no"), and a dialog is
     * modal, so that Tab stays inside it; PrimeFaces closes a dialog on Escape only when asked.
     */
    @Test
    void everyDialogClosesOnEscapeAndKeepsTheFocusInside() throws IOException {
        assertThat(found(DIALOG_WITHOUT_ESCAPE)).isEmpty();
        assertThat(found(DIALOG_NOT_MODAL)).isEmpty();
    }

    @Test
    void thePatternsCatchWhatTheyAreFor() {
        assertThat(DIALOG_WITHOUT_ESCAPE
                        .matcher("<p:confirmDialog id=\"confirmDialog\" global=\"true\" showEffect=\"fade\">")
                        .find())
                .isTrue();
        assertThat(DIALOG_WITHOUT_ESCAPE
                        .matcher("<p:dialog id=\"d\" modal=\"true\" closeOnEscape=\"true\"\n   header=\"x\">")
                        .find())
                .isFalse();
        assertThat(DIALOG_NOT_MODAL
                        .matcher("<p:dialog id=\"d\" closeOnEscape=\"true\">")
                        .find())
                .isTrue();
        assertThat(STRING_COMPARISON
                        .matcher("rendered=\"#{c.status() eq 'ACTIVE'}\"")
                        .find())
                .isTrue();
        assertThat(STRING_COMPARISON
                        .matcher("rendered=\"#{run.status() == 'APPROVED' or x}\"")
                        .find())
                .isTrue();
        assertThat(STRING_COMPARISON
                        .matcher("rendered=\"#{c.allows('ADJUST') and l.note() ne null}\"")
                        .find())
                .isFalse();
        assertThat(BARE_DAY_OR_MONTH
                        .matcher("<p:inputText id=\"date\" placeholder=\"dd/mm/yyyy\"/>")
                        .find())
                .isTrue();
    }

    /** Each match in the pages outside the tag files, as {@code page: text}. */
    private static List<String> found(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p ->
                            p.toString().endsWith(".xhtml") && !p.startsWith(Path.of("src/main/webapp/WEB-INF/tags")))
                    .toList()) {
                Matcher m = pattern.matcher(Files.readString(page));
                while (m.find()) {
                    found.add(page + ": " + m.group());
                }
            }
        }
        return found;
    }
}
