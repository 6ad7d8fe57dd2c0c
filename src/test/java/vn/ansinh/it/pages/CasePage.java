package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** A case ({@code /casework/case.xhtml?id=…}): its status, programme and history, and the way to its decision. */
public final class CasePage {

    public static final String PATH = "/casework/case.xhtml";

    private final AnSinhPages pages;

    public CasePage(AnSinhPages pages) {
        this.pages = pages;
    }

    public CasePage open(long caseId) {
        pages.open(PATH + "?id=" + caseId);
        return this;
    }

    /** Whether the browser is on a case page whose status reads {@code status}. */
    public boolean showsStatus(String status) {
        return pages.path().startsWith(PATH) && status.equals(pages.text("status"));
    }

    public String programme() {
        return pages.text("programme");
    }

    public String history() {
        return pages.textOf(By.id("history"));
    }

    /** The "decide" button (none for who may not decide). */
    public List<WebElement> decideButtons() {
        return pages.driver().findElements(By.id("act:decide"));
    }

    /** Opens the decision page and waits for it. */
    public DecidePage decide() {
        pages.driver().findElement(By.id("act:decide")).click();
        pages.waitUntil(d -> pages.path().startsWith(DecidePage.PATH));
        return new DecidePage(pages);
    }
}
