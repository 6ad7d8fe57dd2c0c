package vn.ansinh.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import vn.ansinh.devstack.StackLayout;

/**
 * The accessibility check of one page: axe-core (from the npm registry, installed under {@code target/axe} by the
 * build before the integration tests) run inside the page for the WCAG 2.0/2.1 A and AA rules. A violation reads
 * "rule (impact): help — the first elements it names".
 */
final class Axe {

    /** WCAG 2.1 AA: the A and AA rules of WCAG 2.0 and 2.1. */
    private static final String TAGS = "['wcag2a','wcag2aa','wcag21a','wcag21aa']";

    private static String source;
    /** Whether the shell (top bar, menu) has been checked once: after that, only each page's own content is. */
    private static volatile boolean shellChecked;

    private Axe() {}

    /** The page's WCAG 2.1 AA violations, each as one line. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(script());
        }
        // the shell is the same on every page of the layout: checked with the first page, then each page's <main>
        String context = shellChecked ? "document.querySelector('main') || document" : "document";
        shellChecked = true;
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(" + context + ", {runOnly: {type: 'tag', values: " + TAGS
                + "}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; })); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        if (answer instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) answer) {
            lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " — "
                    + violation.get("nodes"));
        }
        return lines;
    }

    private static synchronized String script() {
        if (source == null) {
            Path file = StackLayout.forTests().projectDir().resolve("target/axe/node_modules/axe-core/axe.min.js");
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(
                        "axe-core is missing at " + file + ": the build installs it with npm before the"
                                + " integration tests (./mvnw verify; needs npm)",
                        e);
            }
        }
        return source;
    }
}
