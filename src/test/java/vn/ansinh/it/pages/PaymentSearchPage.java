package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The auditors' payment search ({@value #PATH}): the form, the totals, the lines and the Excel link. */
public final class PaymentSearchPage {

    public static final String PATH = "/audit/payments.xhtml";

    private final AnSinhPages pages;

    public PaymentSearchPage(AnSinhPages pages) {
        this.pages = pages;
    }

    public PaymentSearchPage open() {
        pages.open(PATH);
        pages.waitFor(By.id("search:find"));
        return this;
    }

    /** Types the name and the month range (MM/yyyy; null leaves a field empty) and searches. */
    public PaymentSearchPage search(String name, String from, String to) {
        fill("search:name", name);
        fill("search:from", from);
        fill("search:to", to);
        return find();
    }

    public PaymentSearchPage fill(String id, String value) {
        WebElement input = pages.input(id);
        input.clear();
        if (value != null) {
            input.sendKeys(value);
        }
        return this;
    }

    /** Presses Search and waits for the page's answer (results or messages). */
    public PaymentSearchPage find() {
        // the answer re-renders the form: the mark put on the old one is gone when it has come
        pages.script("document.getElementById('search').setAttribute('data-before-search', '1');");
        pages.driver().findElement(By.id("search:find")).click();
        pages.waitUntil(
                d -> Boolean.TRUE.equals(
                        pages.script(
                                "var f = document.getElementById('search'); return f != null && !f.hasAttribute('data-before-search');")));
        return this;
    }

    public String totals() {
        return pages.text("totals");
    }

    public String caption() {
        return pages.text("caption");
    }

    /** The text of the lines' table. */
    public String lines() {
        return pages.text("linesForm:lines");
    }

    /** The page's messages (refusals included). */
    public String messages() {
        return pages.driver().findElement(By.id("messages")).getText();
    }

    /** The message shown next to a field of the form, or "". */
    public String fieldMessage(String field) {
        List<WebElement> message =
                pages.driver().findElements(By.cssSelector("[id='search:" + field + "'] ~ .ui-message"));
        return message.isEmpty() ? "" : message.get(0).getText();
    }

    /** The address of the Excel file of the search shown. */
    public String exportHref() {
        return pages.waitFor(By.id("export")).getAttribute("href");
    }

    /** The "Truy vết" links of the lines shown. */
    public List<String> traceLinks() {
        return pages.driver().findElements(By.cssSelector("a.trace-link")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }
}
