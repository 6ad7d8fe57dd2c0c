package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The access log ({@value #PATH}): filters above a paged table of reads. */
public final class AccessLogPage {

    public static final String PATH = "/audit/access.xhtml";

    private final AnSinhPages pages;

    public AccessLogPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Types the reader and person filters (null: left as is), optionally picks a kind, and searches. */
    public void search(String reader, String person, String kindLabel) {
        if (reader != null) {
            pages.fill("access:reader", reader);
        }
        if (person != null) {
            pages.fill("access:person", person);
        }
        if (kindLabel != null) {
            new SelectOneMenu(pages).select("access:kind", kindLabel);
        }
        WebElement table = pages.waitFor(By.id("access:table"));
        pages.driver().findElement(By.id("access:search")).click();
        pages.waitUntilGone(table);
        pages.waitFor(By.id("access:table"));
    }

    /** Each row's cell texts: time, reader, kind, outcome, person, unit, what. */
    public List<List<String>> rows() {
        return pages
                .driver()
                .findElements(By.cssSelector("[id='access:table_data'] > tr:not(.ui-datatable-empty-message)"))
                .stream()
                .map(tr -> tr.findElements(By.xpath("./td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }
}
