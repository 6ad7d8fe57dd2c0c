package vn.ansinh.it.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import vn.ansinh.it.AnSinhPages;

/** A person's life events ({@code /casework/life-events.xhtml?personId=…}): a death, a move. */
public final class LifeEventsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AnSinhPages pages;

    public LifeEventsPage(AnSinhPages pages) {
        this.pages = pages;
    }

    public LifeEventsPage open(long personId) {
        pages.open("/casework/life-events.xhtml?personId=" + personId);
        return this;
    }

    /** Records the person's death on {@code day}, typed as an officer types it (dd/MM/yyyy). */
    public void recordDeath(LocalDate day) {
        pages.driver().findElement(By.id("death:date")).sendKeys(day.format(DAY));
        pages.driver().findElement(By.id("death:record")).click();
        confirm();
    }

    /** Answers yes to the question asked before a death is recorded (it names the person); the question. */
    public String confirm() {
        org.openqa.selenium.WebElement yes = pages.waitFor(By.id("death:confirmYes"));
        pages.waitUntil(d -> yes.isDisplayed());
        String question = pages.textOf(By.cssSelector("#death\\:confirmDialog .ui-confirm-dialog-message"));
        yes.click();
        return question;
    }
}
