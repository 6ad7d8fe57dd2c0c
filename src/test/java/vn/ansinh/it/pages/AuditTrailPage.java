package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The audit trail ({@value #PATH}): filters above a paged table of rows, each with its diff or refusal reason. */
public final class AuditTrailPage {

    public static final String PATH = "/audit/trail.xhtml";

    private final AnSinhPages pages;

    public AuditTrailPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Types the filters given (null: left as is) and searches; waits for the table to be redrawn. */
    public void search(String person, String actor, String from, String to) {
        fillIf("audit:person", person);
        fillIf("audit:actor", actor);
        fillIf("audit:from", from);
        fillIf("audit:to", to);
        WebElement table = pages.waitFor(By.id("audit:table"));
        pages.driver().findElement(By.id("audit:search")).click();
        pages.waitUntilGone(table);
        pages.waitFor(By.id("audit:table"));
    }

    /** Chooses an outcome in the filter (its label). */
    public void outcome(String label) {
        new SelectOneMenu(pages).select("audit:outcome", label);
    }

    public List<WebElement> rows() {
        return pages.driver()
                .findElements(By.cssSelector("[id='audit:table_data'] > tr:not(.ui-datatable-empty-message)"));
    }

    /** The row's cell texts: time, actor, action, outcome, target, change. */
    public List<String> cells(WebElement row) {
        return row.findElements(By.xpath("./td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The diff rows of a row: field, before, after, and whether it is marked changed. */
    public List<List<String>> diff(WebElement row) {
        return row.findElements(By.cssSelector("table.diff tbody tr")).stream()
                .map(tr -> {
                    List<String> cells = new java.util.ArrayList<>(tr.findElements(By.tagName("td")).stream()
                            .map(WebElement::getText)
                            .toList());
                    cells.add(tr.getAttribute("class").contains("changed") ? "changed" : "same");
                    return List.copyOf(cells);
                })
                .toList();
    }

    private void fillIf(String id, String value) {
        if (value != null) {
            pages.fill(id, value);
        }
    }
}
