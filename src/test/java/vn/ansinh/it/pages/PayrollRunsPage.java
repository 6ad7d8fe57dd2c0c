package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The payroll runs ({@value #PATH}): the list, and a new run for a month. */
public final class PayrollRunsPage {

    public static final String PATH = "/payroll/runs.xhtml";

    private final AnSinhPages pages;

    public PayrollRunsPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Creates the run of the month (typed as the field takes it) and waits for its page. */
    public PayrollRunPage create(String month) {
        pages.input("create:month").clear();
        pages.input("create:month").sendKeys(month);
        pages.driver().findElement(By.id("create:new")).click();
        pages.waitUntil(d -> pages.path().startsWith(PayrollRunPage.PATH), 20);
        return new PayrollRunPage(pages);
    }

    /** The button that creates a run (none for who may not). */
    public List<WebElement> createButtons() {
        return pages.driver().findElements(By.id("create:new"));
    }
}
