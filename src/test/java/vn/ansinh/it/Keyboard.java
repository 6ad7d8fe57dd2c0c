package vn.ansinh.it;

import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An official without a mouse (issue 14): keys sent to whatever has the focus, never a click and never an element
 * found and typed into. After every Tab (and Shift+Tab) the element that took the focus must show it: a visible box on
 * the screen with an outline of at least 2 pixels whose colour has a contrast of 3:1 or more against what lies behind
 * it (WCAG 2.4.7 and 1.4.11). For a PrimeFaces widget whose focus sits on a hidden input (a select menu, a radio
 * button, a check box) its visible box is checked. A control the keyboard does not reach within {@link #MAX_TABS}
 * presses fails the test.
 */
public final class Keyboard {

    /** Tab presses allowed to reach a control: a page's header, menu and content (a long queue) hold fewer stops. */
    public static final int MAX_TABS = 300;

    /** What has the focus: its id (or its nearest parent's), menu entry, text, link, and whether it is in a dialog. */
    public record Focus(String id, String nav, String text, String href, String dialog) {

        public boolean is(String wanted) {
            return id.equals(wanted);
        }
    }

    /**
     * The focused element's visible box, its outline and the colour behind the outline, judged in the page: an empty
     * answer when the focus shows, else what is wrong. The browser's own window (the body) has nothing to show.
     */
    private static final String FOCUS_SHOWN = """
            var e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) { return ''; }
            var what = e.id || (e.tagName + ' ' + (e.innerText || '').trim().substring(0, 40));
            var shown = e;
            if (e.closest('.ui-helper-hidden-accessible') || e.matches('.ui-selectonemenu-label')) {
              var w = e.closest('.ui-selectonemenu, .ui-radiobutton, .ui-chkbox, .ui-selectcheckboxmenu');
              if (!w) { return what + ': the focus is on a hidden input of no known widget'; }
              shown = w.matches('.ui-selectonemenu') ? w
                  : (w.querySelector('.ui-radiobutton-box, .ui-chkbox-box') || w);
            }
            var r = shown.getBoundingClientRect();
            var st = getComputedStyle(shown);
            if (r.width < 1 || r.height < 1) { return what + ': no size on the screen'; }
            if (r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) { return what + ': off the screen'; }
            if (st.visibility === 'hidden' || parseFloat(st.opacity) === 0) { return what + ': hidden'; }
            if (st.outlineStyle === 'none' || parseFloat(st.outlineWidth) < 2) {
              return what + ': no outline (' + st.outlineStyle + ' ' + st.outlineWidth + ')';
            }
            function rgba(c) { var m = c.match(/[\\d.]+/g) || [0, 0, 0, 0]; m = m.map(Number); if (m.length < 4) { m.push(1); } return m; }
            function lum(c) {
              var a = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
            }
            var offset = parseFloat(st.outlineOffset) + parseFloat(st.outlineWidth) / 2;
            var x = r.left - offset >= 0 ? r.left - offset : r.right + offset;
            var y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
            var behind = document.body;
            var stack = document.elementsFromPoint(Math.min(Math.max(x, 0), innerWidth - 1), y);
            for (var i = 0; i < stack.length; i++) {
              if (stack[i] !== shown && !shown.contains(stack[i])) { behind = stack[i]; break; }
            }
            if (offset < 0) { behind = shown; }
            var bg = [255, 255, 255, 1];
            for (var p = behind; p; p = p.parentElement) {
              var c = rgba(getComputedStyle(p).backgroundColor);
              if (c[3] >= 0.99) { bg = c; break; }
            }
            var l1 = lum(rgba(st.outlineColor)), l2 = lum(bg);
            var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            if (ratio < 3) {
              return what + ': outline ' + st.outlineColor + ' on ' + getComputedStyle(behind).backgroundColor
                  + ' (' + (behind.id || behind.className || behind.tagName) + '), contrast ' + ratio.toFixed(2);
            }
            return '';
            """;

    private final BrowserSession browser;
    private final AnSinhPages pages;

    public Keyboard(BrowserSession browser) {
        this.browser = browser;
        this.pages = browser.pages();
    }

    /** Keys pressed on whatever has the focus. */
    public void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Ctrl+A: selects the whole text of the focused field, to type over it. */
    public void selectAll() {
        new Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .perform();
    }

    /** Text typed where the focus is. */
    public void type(String text) {
        press(text);
    }

    /** One Tab; the element that takes the focus must show it. */
    public Focus tab() {
        press(Keys.TAB);
        return shown();
    }

    /** One Shift+Tab; the element that takes the focus must show it. */
    public Focus shiftTab() {
        new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        return shown();
    }

    /** Presses Tab until the focused element is the one wanted; fails if the keyboard does not reach it. */
    public Focus tabUntil(Predicate<Focus> wanted, String what) {
        java.util.Set<String> passed = new java.util.LinkedHashSet<>();
        for (int i = 0; i < MAX_TABS; i++) {
            Focus now = focus();
            if (wanted.test(now)) {
                return now;
            }
            passed.add(now.id());
            tab();
        }
        throw new AssertionError(what + " is not reached with " + MAX_TABS + " presses of Tab on " + pages.path()
                + "; the focus went through " + passed);
    }

    /**
     * Presses Tab until the element of that id has the focus, or a part of the widget of that id (a select menu's
     * label, {@code <id>_label}, takes its focus).
     */
    public Focus tabTo(String id) {
        return tabUntil(f -> f.is(id) || f.id().startsWith(id + "_"), id);
    }

    /** The focused element must show its focus; what has it. */
    public Focus shown() {
        String problem = (String) pages.script(FOCUS_SHOWN);
        if (!problem.isEmpty()) {
            browser.screenshot("keyboard-focus-not-shown.png");
            throw new AssertionError("the focus does not show on " + pages.path() + ": " + problem);
        }
        return focus();
    }

    /** What has the focus, read in one script. */
    public Focus focus() {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) pages.script("var e = document.activeElement || document.body;"
                + " var owner = e.closest('[id]'); var dialog = e.closest('.ui-dialog');"
                + "return {id: e.id || (owner ? owner.id : ''), nav: e.getAttribute('data-nav') || '',"
                + " text: (e.innerText || '').trim(), href: e.getAttribute('href') || '',"
                + " dialog: dialog ? dialog.id : ''};");
        return new Focus(
                (String) f.get("id"), (String) f.get("nav"), (String) f.get("text"), (String) f.get("href"), (String)
                        f.get("dialog"));
    }

    /** The element that has the focus (to read its value or state, never to type into by itself). */
    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * Chooses an option of the PrimeFaces select menu that has the focus, as its keyboard help says: Space opens it
     * (the focus goes to its filter, if it has one), the arrow keys move to the option, Enter chooses it. Waits for the
     * ajax update that a choice may start and for the focus to come back to the menu.
     */
    public void choose(String label) {
        Focus menu = focus();
        String id = menu.id().replaceAll("_(focus|filter|label)$", "");
        press(Keys.SPACE);
        await(
                d -> Boolean.TRUE.equals(pages.script(
                        "var p = document.getElementById(arguments[0] + '_panel'); return !!p && p.offsetParent !== null"
                                + " && !jQuery(p).is(':animated') && getComputedStyle(p).opacity === '1';",
                        id)),
                "the options of " + id);
        // down to the option, or to the last one and then up (the menu does not wrap)
        String highlighted = highlighted(id);
        for (Keys direction : new Keys[] {Keys.ARROW_DOWN, Keys.ARROW_UP}) {
            for (int i = 0; i < 300 && !label.equals(highlighted); i++) {
                String before = highlighted;
                press(direction);
                highlighted = highlighted(id);
                if (highlighted == null ? before == null : highlighted.equals(before)) {
                    break;
                }
            }
        }
        if (!label.equals(highlighted)) {
            throw new AssertionError(id + " does not offer " + label + " to the arrow keys");
        }
        press(Keys.ENTER);
        awaitAjax();
        await(d -> focus().id().startsWith(id), "the focus back on " + id + " after the choice");
        await(
                d -> label.equals(pages.script(
                        "return document.querySelector('[id=\"' + arguments[0] + '\"] .ui-selectonemenu-label')"
                                + ".innerText.trim();",
                        id)),
                id + " showing " + label);
    }

    private String highlighted(String menuId) {
        return (String) pages.script(
                "var li = document.querySelector('[id=\"' + arguments[0] + '_panel\"] li.ui-state-highlight');"
                        + " return li ? li.innerText.trim() : null;",
                menuId);
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void awaitAjax() {
        await(
                d -> Boolean.TRUE.equals(pages.script("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0);")),
                "the end of the page's requests");
    }

    /** Waits for the condition; failing, says what had the focus and keeps a screenshot. */
    public void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        try {
            pages.waitUntil(condition, 20);
        } catch (TimeoutException e) {
            browser.screenshot("keyboard-failed.png");
            throw new AssertionError(
                    what + " did not come; on " + browser.driver().getCurrentUrl() + " the focus is on " + focus(), e);
        }
    }
}
