package vn.ansinh.it;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The geometry of a page's forms as the browser lays them out (issue 14, forms that read right): every visible label
 * of an input ({@code label[for]}) sits with its own input, either left of it on the same line or above it in the
 * same column, and no label or input overlaps another. The visible box of a PrimeFaces widget whose real input is
 * hidden (a select menu, a check box) is the widget's.
 */
final class FormGeometry {

    private static final String SCRIPT = """
            const shown = e => { const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
            const boxOf = label => {
                let input = label.htmlFor ? document.getElementById(label.htmlFor) : null;
                if (!input) return null;
                const hidden = input.closest('.ui-helper-hidden-accessible, .ui-helper-hidden');
                if (hidden || input.getBoundingClientRect().width < 4) {
                    input = (hidden || input).parentElement.closest(
                        '.ui-selectonemenu, .ui-selectcheckboxmenu, .ui-chkbox, .ui-radiobutton, .ui-selectbooleancheckbox,'
                        + ' .ui-inputswitch, .ui-datepicker, .ui-calendar, .ui-fileupload, .ui-selectonelistbox,'
                        + ' .ui-autocomplete, .ui-inputnumber, .ui-spinner, .ui-selectoneradio, [id]') || input;
                }
                return input;
            };
            const name = e => (e.id ? '#' + e.id : e.tagName.toLowerCase()) + ' «' + (e.innerText || e.value || '')
                .trim().slice(0, 40) + '»';
            const problems = [];
            const pairs = [];
            for (const label of document.querySelectorAll('label[for]')) {
                if (!shown(label) || label.closest('.ui-helper-hidden-accessible, .ui-datatable thead, .ui-dialog:not([aria-hidden="false"])')) continue;
                const input = boxOf(label);
                if (!input) { problems.push('label ' + name(label) + ' names no input (' + label.htmlFor + ')'); continue; }
                if (!shown(input)) continue;
                const l = label.getBoundingClientRect(), i = input.getBoundingClientRect();
                const sameLine = l.top < i.bottom && l.bottom > i.top;
                const sameColumn = l.left < i.right && l.right > i.left;
                const leftOf = l.right <= i.left + 1 && sameLine;
                // a check box's or radio button's label follows it on its line (PrimeFaces lets the label's box
                // begin under the box's right edge: from the box's middle on is "after" it)
                const tick = input.matches('.ui-chkbox, .ui-radiobutton, input[type=checkbox], input[type=radio]')
                    || !!input.closest('.ui-chkbox, .ui-radiobutton');
                const rightOf = tick && sameLine && l.left >= i.left + i.width / 2;
                const above = l.bottom <= i.top + 1 && sameColumn && i.top - l.bottom < 40;
                if (!(leftOf || rightOf || above)) {
                    problems.push('label ' + name(label) + ' is not beside its input ' + name(input)
                        + ' (label ' + Math.round(l.left) + ',' + Math.round(l.top) + ' ' + Math.round(l.width) + 'x'
                        + Math.round(l.height) + '; input ' + Math.round(i.left) + ',' + Math.round(i.top) + ' '
                        + Math.round(i.width) + 'x' + Math.round(i.height) + ')');
                }
                if (leftOf && i.left - l.right > 320) {
                    problems.push('label ' + name(label) + ' is ' + Math.round(i.left - l.right) + ' px from its input');
                }
                if (!tick) pairs.push(label, input);
            }
            const boxes = [...new Set(pairs)];
            for (let a = 0; a < boxes.length; a++) {
                for (let b = a + 1; b < boxes.length; b++) {
                    if (boxes[a].contains(boxes[b]) || boxes[b].contains(boxes[a])) continue;
                    const p = boxes[a].getBoundingClientRect(), q = boxes[b].getBoundingClientRect();
                    const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                    const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                    if (w > 2 && h > 2) problems.push(name(boxes[a]) + ' overlaps ' + name(boxes[b]));
                }
            }
            return problems;
            """;

    private FormGeometry() {}

    /** What is wrong with the layout of the page's labelled inputs, in the browser's window as it is now. */
    @SuppressWarnings("unchecked")
    static List<String> problems(WebDriver driver) {
        Object result = ((JavascriptExecutor) driver).executeScript(SCRIPT);
        return result == null ? List.of() : new ArrayList<>((List<String>) result);
    }

    /** The number of labelled inputs the page shows (to prove a form was there to check). */
    static long labelledInputs(WebDriver driver) {
        return ((Number)
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return [...document.querySelectorAll('label[for]')].filter(l => {"
                                                + " const r = l.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length"))
                .longValue();
    }
}
