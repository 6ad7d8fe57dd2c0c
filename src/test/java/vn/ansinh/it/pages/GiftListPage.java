package vn.ansinh.it.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The one-off list page ({@code /gift/list.xhtml}): the communes' parts, their steps, a commune's entries. */
public final class GiftListPage {

    public static final String PATH = "/gift/list.xhtml";

    private final AnSinhPages pages;

    public GiftListPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** The row of the first commune part the user sees (an officer or approver of a commune sees one). */
    public String firstCommuneRow() {
        return pages.textOf(By.cssSelector("[id='communesForm:communes_data'] tr"));
    }

    public String statusOfFirstCommune() {
        return pages.textOf(By.cssSelector("[id='communesForm:communes_data'] tr .status"));
    }

    /** Drops every person still to resolve in the opened commune (at most {@code limit}); how many were dropped. */
    public int dropEveryoneToResolve(int limit) {
        int dropped = 0;
        while (dropped < limit) {
            List<WebElement> drops = pages.driver().findElements(By.cssSelector("[id^='entriesForm:'][id$=':drop']"));
            if (drops.isEmpty()) {
                return dropped;
            }
            WebElement first = drops.get(0);
            first.click();
            pages.waitUntil(d -> {
                try {
                    first.isDisplayed();
                    return false;
                } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                    return true;
                }
            });
            dropped++;
        }
        return dropped;
    }

    public void review() {
        click("communesForm:communes:0:review");
        pages.waitUntil(
                d -> d.findElements(By.id("communesForm:communes:0:review")).isEmpty());
    }

    /** Clicks approve and answers yes to the confirmation; returns its question (naming the amount). */
    public String approve() {
        click("communesForm:communes:0:approve");
        WebElement yes = pages.waitFor(By.id("communesForm:confirmYes"));
        pages.waitUntil(d -> yes.isDisplayed());
        String question = pages.textOf(By.cssSelector("[id='communesForm:confirmDialog'] .ui-confirm-dialog-message"));
        yes.click();
        pages.waitUntil(
                d -> d.findElements(By.id("communesForm:communes:0:approve")).isEmpty());
        return question;
    }

    /** The links to the opened part's bank files, one per bank (none before approval). */
    public List<String> bankFileLinks() {
        return pages.driver().findElements(By.cssSelector("a.bank-file")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }

    /** The text of the opened commune's entry of a person, looked for from the first page of the entries on. */
    public String entryRow(String name) {
        return entry(name).getText();
    }

    /** Records the person paid (the pay button of their entry) and waits for the paid day to replace the button. */
    public void recordPaid(String name) {
        entry(name).findElement(By.cssSelector("[id$=':pay']")).click();
        pages.waitUntil(
                d -> entry(name).findElements(By.cssSelector("[id$=':pay']")).isEmpty());
    }

    private WebElement entry(String name) {
        By rows = By.cssSelector("[id='entriesForm:entries_data'] tr");
        turnTo(By.cssSelector("[id='entriesForm:entries'] .ui-paginator-first"));
        while (true) {
            List<WebElement> found = pages.driver().findElements(rows).stream()
                    .filter(r -> r.getText().contains(name))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (!turnTo(By.cssSelector("[id='entriesForm:entries'] .ui-paginator-next"))) {
                throw new AssertionError("no entry of " + name + " in the opened commune");
            }
        }
    }

    /** Clicks a paginator link when there is one enabled, and waits for the rows to change; whether it did. */
    private boolean turnTo(By link) {
        List<WebElement> links = pages.driver().findElements(link);
        if (links.isEmpty() || links.get(0).getAttribute("class").contains("ui-state-disabled")) {
            return false;
        }
        WebElement firstRow = pages.driver().findElement(By.cssSelector("[id='entriesForm:entries_data'] tr"));
        links.get(0).click();
        pages.waitUntil(d -> {
            try {
                firstRow.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
        return true;
    }

    /** Uploads a bank's result file for one bank of the opened part ({@code bank}: its label in the menu); the report. */
    public String uploadResult(String bank, Path file) {
        new SelectOneMenu(pages).select("upload:bank", bank);
        UploadField upload = new UploadField(pages);
        upload.choose(file);
        String report = pages.waitUntil(
                d -> d.findElements(By.id("reportSummary")).stream()
                        .map(WebElement::getText)
                        .filter(t -> !t.isBlank())
                        .findFirst()
                        .orElse(null),
                60);
        upload.awaitSettled();
        return report;
    }

    /** Records the checked result file after its confirmation; returns the confirmation's question. */
    public String confirmResult() {
        click("report:confirmResult");
        WebElement yes = pages.waitFor(By.id("communesForm:confirmYes"));
        pages.waitUntil(d -> yes.isDisplayed());
        String question = pages.textOf(By.cssSelector("[id='communesForm:confirmDialog'] .ui-confirm-dialog-message"));
        yes.click();
        pages.waitUntil(d -> d.findElements(By.id("report:confirmResult")).isEmpty());
        return question;
    }

    private void click(String id) {
        pages.waitFor(By.id(id)).click();
    }
}
