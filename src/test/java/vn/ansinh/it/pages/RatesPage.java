package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The rates ({@value #PATH}): standard levels and coefficients, entered by one administrator, confirmed by another. */
public final class RatesPage {

    public static final String PATH = "/admin/rates.xhtml";

    private final AnSinhPages pages;

    public RatesPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Enters a standard level (a province's, when {@code province} is given) and saves it. */
    public void enterLevel(
            String province, String from, String amount, String basis, String document, String documentDate) {
        pages.fill("add:province", province);
        pages.fill("add:from", from);
        pages.fill("add:amount_input", amount);
        pages.fill("add:basis", basis);
        pages.fill("add:document", document);
        pages.fill("add:documentDate", documentDate);
        pages.driver().findElement(By.id("add:save")).click();
    }

    /** The row of the standard levels that names the document (waits for it). */
    public WebElement level(String document) {
        return pages.waitUntil(d -> d.findElements(By.cssSelector("#levelsForm\\:levels_data tr")).stream()
                .filter(tr -> tr.getText().contains(document))
                .findFirst()
                .orElse(null));
    }

    /** The level's row once it reads {@code text} (after an ajax update). */
    public WebElement levelShowing(String document, String text) {
        return pages.waitUntil(d -> level(document).getText().contains(text) ? level(document) : null);
    }

    /** A row's confirm button (none for the row's own author or a confirmed row). */
    public static List<WebElement> confirmButtons(WebElement row) {
        return row.findElements(By.cssSelector("[id$=':confirm']"));
    }

    public void confirm(String document) {
        level(document).findElement(By.cssSelector("[id$=':confirm']")).click();
    }

    public void reject(String document, String reason) {
        WebElement row = level(document);
        row.findElement(By.cssSelector("input[id$=':reason']")).sendKeys(reason);
        row.findElement(By.cssSelector("[id$=':reject']")).click();
    }

    /** The page's information message that contains {@code containing} (waits for it). */
    public String message(String containing) {
        return pages.waitUntil(d -> d.findElements(By.cssSelector("#messages .ui-messages-info-summary")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(containing))
                .findFirst()
                .orElse(null));
    }

    public String levels() {
        return pages.text("levelsForm:levels");
    }

    public String coefficients() {
        return pages.text("coefficientsForm:coefficients");
    }
}
