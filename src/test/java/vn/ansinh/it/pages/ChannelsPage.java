package vn.ansinh.it.pages;

import org.openqa.selenium.By;
import vn.ansinh.it.AnSinhPages;

/** A run's payment channels ({@code /payment/channels.xhtml?runId=…}): bank files, cash lists, stop-payment notices. */
public final class ChannelsPage {

    private final AnSinhPages pages;

    public ChannelsPage(AnSinhPages pages) {
        this.pages = pages;
    }

    public ChannelsPage open(long runId) {
        pages.open("/payment/channels.xhtml?runId=" + runId);
        return this;
    }

    /** Exports the first bank's file as CSV. */
    public void exportFirstBankFile() {
        pages.driver()
                .findElements(By.cssSelector("#exports button[id$=':csv']"))
                .get(0)
                .click();
    }

    /** The stop-payment notices: lines already sent to a bank or printed whose payee may not be paid. */
    public String stops() {
        return pages.driver().findElement(By.id("stops")).getText();
    }

    /** The address of the first bank's stop-payment notice (PDF). */
    public String stopPdfHref() {
        return pages.driver().findElement(By.cssSelector("#stops a.stopPdf")).getAttribute("href");
    }

    /** Records that the bank stopped the first line of the notice (it is held, not paid). */
    public void recordFirstStopped() {
        pages.driver()
                .findElements(By.cssSelector("#stops .stopLines button"))
                .get(0)
                .click();
    }
}
