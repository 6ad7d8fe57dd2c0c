package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** A case's decision ({@code /casework/decide.xhtml?id=…}): the approver's note, approval, the signed decision. */
public final class DecidePage {

    public static final String PATH = "/casework/decide.xhtml";

    private final AnSinhPages pages;

    public DecidePage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Approves with the note and waits for the signed decision's link. */
    public WebElement approve(String note) {
        pages.driver().findElement(By.id("decide:note")).sendKeys(note);
        pages.driver().findElement(By.id("decide:approve")).click();
        confirm();
        pages.waitUntil(d -> !d.findElements(By.id("decisionPdf")).isEmpty());
        return pages.driver().findElement(By.id("decisionPdf"));
    }

    /**
     * Answers yes to the confirmation the page asks before an irreversible step (its question names the person).
     */
    public String confirm() {
        WebElement yes = pages.waitFor(By.id("decide:confirmYes"));
        pages.waitUntil(d -> yes.isDisplayed());
        String question = pages.textOf(By.cssSelector("#decide\\:confirmDialog .ui-confirm-dialog-message"));
        yes.click();
        return question;
    }

    /** The approve button (none for who may not decide this case). */
    public List<WebElement> approveButtons() {
        return pages.driver().findElements(By.id("decide:approve"));
    }

    /** Why the user may not decide this case. */
    public String refusal() {
        return pages.textOf(By.id("refusal"));
    }
}
