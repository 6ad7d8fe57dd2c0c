package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The trace of a payroll line ({@code /payment/line.xhtml?id=…}): its run, rates, decision, case, account, bank result. */
public final class LineTracePage {

    public static final String PATH = "/payment/line.xhtml";

    private final AnSinhPages pages;

    public LineTracePage(AnSinhPages pages) {
        this.pages = pages;
    }

    public LineTracePage open(long lineId) {
        pages.open(PATH + "?id=" + lineId);
        return this;
    }

    /** The id of the line the browser shows, from the page's address. */
    public long id() {
        return Long.parseLong(pages.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The line's own facts: beneficiary, month, kind, amount, channel, payment status. */
    public String line() {
        return pages.text("line");
    }

    public String run() {
        return pages.text("run");
    }

    public String rates() {
        return pages.text("rates");
    }

    public String decision() {
        return pages.text("decision");
    }

    public String events() {
        return pages.text("events");
    }

    public String documents() {
        return pages.text("documents");
    }

    public String account() {
        return pages.text("account");
    }

    public String bankResults() {
        return pages.text("bankResults");
    }

    public String corrections() {
        return pages.text("corrections");
    }

    /** The address of the decision's PDF. */
    public String decisionPdfHref() {
        return pages.driver().findElement(By.id("decisionPdf")).getAttribute("href");
    }

    /** The addresses of the links to the payment search on the page (none for who may not open it). */
    public List<String> paymentSearchHrefs() {
        return pages.driver().findElements(By.cssSelector("a.payment-search")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }

    /** Follows the link to the line this difference corrects. */
    public void openCorrectedLine() {
        pages.driver()
                .findElement(By.cssSelector("#corrections a[id$='correctsLink']"))
                .click();
        pages.waitFor(By.id("line"));
    }

    /** Follows the link to the first line that corrects this one. */
    public void openCorrectingLine() {
        pages.driver()
                .findElement(By.cssSelector("#corrections a.corrected-by"))
                .click();
        pages.waitFor(By.id("line"));
    }

    /** Follows the link to the payroll run. */
    public void openRun() {
        WebElement link = pages.driver().findElement(By.cssSelector("#runLink a"));
        link.click();
    }
}
