package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** A payroll run ({@code /payroll/run.xhtml?id=…}): computed by the batch job, approved, compared, its held lines. */
public final class PayrollRunPage {

    public static final String PATH = "/payroll/run.xhtml";

    private final AnSinhPages pages;

    public PayrollRunPage(AnSinhPages pages) {
        this.pages = pages;
    }

    public PayrollRunPage open(long runId) {
        pages.open(PATH + "?id=" + runId);
        return this;
    }

    /** The run's id, from the address of the page the browser is on. */
    public long id() {
        return Long.parseLong(pages.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Presses "compute" (the batch job starts; the page shows its progress). */
    public void compute() {
        pages.waitFor(By.id("run:compute"));
        pages.driver().findElement(By.id("run:compute")).click();
    }

    /** Waits until the run's status reads {@code status}. */
    public void awaitStatus(String status, int seconds) {
        pages.waitUntil(d -> status.equals(pages.text("status")), seconds);
    }

    public String progress() {
        return pages.driver().findElement(By.id("run:progress")).getText();
    }

    public String total() {
        return pages.text("total");
    }

    public String summary() {
        return pages.driver().findElement(By.id("run:summary")).getText();
    }

    /** The lines held (not paid) and why. */
    public String held() {
        return pages.driver().findElement(By.id("run:held")).getText();
    }

    /** The approve button (none for who may not approve). */
    public List<WebElement> approveButtons() {
        return pages.driver().findElements(By.id("run:approve"));
    }

    /** Compares the run with a recomputation and waits for the differences. */
    public void compare() {
        pages.driver().findElement(By.id("run:compare")).click();
        pages.waitUntil(d -> !d.findElements(By.id("run:diff")).isEmpty(), 60);
    }

    /** The lines shown in the table of the run's lines (the current page). */
    public String lines() {
        return pages.textOf(By.id("runLines:table"));
    }

    /** The line under the table: "N dòng · tổng X đồng" for the filter. */
    public String linesTotals() {
        return pages.text("runLines:totals");
    }

    /** Filters the lines by a personal ID or a name and waits until the totals say something else. */
    public void filterLinesBy(String text) {
        String before = linesTotals();
        pages.fill("runLines:text", text);
        pages.driver().findElement(By.id("runLines:filter")).click();
        pages.waitUntil(d -> !before.equals(linesTotals()));
    }

    /** Presses "approve": the confirmation opens and its question is returned. */
    public String askToApprove() {
        pages.waitFor(By.id("run:approve")).click();
        String question = pages.waitFor(By.cssSelector("[id='run:approveDialog'] .ui-confirm-dialog-message"))
                .getText();
        // the dialog fades in; a click on its buttons before the fade ends is lost (PrimeFaces hides only a
        // dialog that is fully shown), so wait as a person's eye would
        pages.waitUntil(d -> "1"
                .equals(pages.script("return getComputedStyle(document.getElementById('run:approveDialog')).opacity")));
        return question;
    }

    /** Cancels the approval in the confirmation, which closes. */
    public void cancelApproval() {
        pages.waitFor(By.id("run:approveNo")).click();
        pages.waitUntil(d -> !d.findElement(By.id("run:approveDialog")).isDisplayed());
    }

    /** Confirms the approval in the confirmation. */
    public void confirmApproval() {
        pages.waitFor(By.id("run:approveYes")).click();
    }
}
