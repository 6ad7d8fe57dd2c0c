package vn.ansinh.it.pages;

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

    private void click(String id) {
        pages.waitFor(By.id(id)).click();
    }
}
