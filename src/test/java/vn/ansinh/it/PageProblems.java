package vn.ansinh.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * The page harness's check of one page ({@link PagesBrowserIT} runs it on every page for every role): a
 * page fails on the error page, a script error in the browser (a SEVERE console entry; a CSP refusal
 * shows as one) or an English UI word in the visible text of the Vietnamese page.
 */
final class PageProblems {

    /** English words of a UI that must not show on a Vietnamese page (PrimeFaces' defaults among them). */
    static final List<String> ENGLISH = List.of(
            "No records found",
            "No results",
            "records",
            "saved",
            "Search",
            "Save",
            "Cancel",
            "Error",
            "Previous",
            "Next",
            "of",
            "page",
            "Page",
            "Upload",
            "Choose",
            "Loading",
            "Delete",
            "Edit",
            "Close",
            "Submit",
            "Select",
            "Showing",
            "entries",
            "First",
            "Last",
            "Yes",
            "Clear",
            "Today",
            "Back",
            // English sentences of the app's own bundle (a message made before the page's language was applied)
            "The",
            "the",
            "and",
            "with",
            "whole");

    /**
     * Vietnamese words of the UI that must not show on an English page: words of the bundles' sentences and
     * buttons that no person's, unit's or place's name in the test data holds (not "Năm", a given name).
     */
    static final List<String> VIETNAMESE = List.of(
            "của",
            "và",
            "được",
            "không",
            "Không",
            "người",
            "Người",
            "ngày",
            "Ngày",
            "tháng",
            "Tháng",
            "Lưu",
            "Hủy",
            "Đóng",
            "Chọn",
            "Tìm",
            "Danh sách",
            "Hồ sơ",
            "Trạng thái",
            "Quay lại",
            "Trang chủ",
            "Đăng xuất",
            "Thêm",
            "Xem",
            "Tải",
            "đồng",
            "Số tiền",
            "Chi trả",
            "chi trả");

    private static final Pattern VIETNAMESE_WORD = Pattern.compile("(?<![\\p{L}\\d])("
            + String.join("|", VIETNAMESE.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])");
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\p{L}\\d])("
            + String.join("|", ENGLISH.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])");
    /** Pages that are errors on purpose: they are checked for language and scripts only. */
    static final Set<String> ERROR_PAGES = Set.of(
            "/errors/403.xhtml",
            "/errors/404.xhtml",
            "/errors/413.xhtml",
            "/errors/500.xhtml",
            "/errors/503.xhtml",
            "/errors/expired.xhtml",
            "/errors/login-unavailable.xhtml");

    private PageProblems() {}

    /** Opens the page and lists what is wrong with it. */
    static List<String> of(AnSinhPages pages, String path) {
        return of(pages, path, Check.VIETNAMESE);
    }

    /** What a look at a page checks besides the error page, the layout and the browser's console. */
    enum Check {
        /** the Vietnamese page: no English UI word */
        VIETNAMESE,
        /** the Vietnamese page, and axe-core's WCAG 2.1 AA rules */
        VIETNAMESE_AND_ACCESSIBILITY,
        /** the English page ({@code ?lang=en} chosen before): no Vietnamese UI word */
        ENGLISH
    }

    /** Opens the page and lists what is wrong with it. */
    static List<String> of(AnSinhPages pages, String path, Check check) {
        List<String> problems = new ArrayList<>();
        pages.open(path);
        pages.waitUntil(d -> "complete".equals(pages.script("return document.readyState")));
        String bare = path.replaceAll("\\?.*", "");
        if (!ERROR_PAGES.contains(bare)
                && !pages.driver().findElements(By.id("error-title")).isEmpty()) {
            problems.add("error page: "
                    + pages.driver().findElement(By.id("error-title")).getText());
        }
        String text = (String) pages.script("return document.body ? document.body.innerText : ''");
        if (check == Check.ENGLISH) {
            // text marked as Vietnamese (lang="vi": a decree's title, a note an official wrote) is data, not the UI; a
            // menu's hidden copy of its options (PrimeFaces' accessible select) repeats what the menu shows
            String ui = (String) pages.script(
                    "var marked = document.querySelectorAll('body [lang^=\"vi\"], .ui-helper-hidden-accessible');"
                            + "var shown = [];"
                            + "marked.forEach(function (e) { shown.push(e.style.display); e.style.display = 'none'; });"
                            + "var t = document.body ? document.body.innerText : '';"
                            + "marked.forEach(function (e, i) { e.style.display = shown[i]; });"
                            + "return t;");
            List<String> words = wordsOf(VIETNAMESE_WORD, ui);
            if (!words.isEmpty()) {
                problems.add("Vietnamese on an English page: " + words);
            }
        } else {
            List<String> words = wordsOf(ENGLISH_WORD, text);
            if (!words.isEmpty()) {
                problems.add("English on a Vietnamese page: " + words);
            }
        }
        if (!ERROR_PAGES.contains(bare)) {
            FormGeometry.problems(pages.driver()).forEach(p -> problems.add("form layout: " + p));
        }
        if (check == Check.VIETNAMESE_AND_ACCESSIBILITY) {
            Axe.violations(pages.driver()).forEach(v -> problems.add("accessibility: " + v));
        }
        List<String> severe = pages.browserErrors().stream()
                .filter(message -> !ERROR_PAGES.contains(bare) || !message.contains("status of"))
                .toList();
        if (!severe.isEmpty()) {
            problems.add("browser errors: " + severe);
        }
        return problems;
    }

    private static List<String> wordsOf(Pattern pattern, String text) {
        Matcher english = pattern.matcher(text);
        List<String> words = new ArrayList<>();
        while (english.find()) {
            int from = Math.max(0, english.start() - 30);
            words.add("'" + english.group() + "' in «"
                    + text.substring(from, Math.min(text.length(), english.end() + 30))
                            .replace('\n', ' ') + "»");
        }
        return words;
    }
}
