package vn.ansinh.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import vn.ansinh.it.AnSinhPages;

/** An application ({@code /intake/application.xhtml}): programme, category and fields, scanned documents, "ready". */
public final class ApplicationPage {

    private final AnSinhPages pages;
    private final SelectOneMenu menus;
    private final UploadField upload;

    public ApplicationPage(AnSinhPages pages) {
        this.pages = pages;
        this.menus = new SelectOneMenu(pages);
        this.upload = new UploadField(pages);
    }

    public ApplicationPage programme(String label) {
        menus.select("application:programme", label);
        return this;
    }

    /** Chooses the category once the chosen programme offers it. */
    public ApplicationPage category(String label) {
        menus.ensureOffered("application:category", label, "application:programme");
        menus.select("application:category", label);
        return this;
    }

    /** Chooses a programme field (e.g. the disability level) once the chosen category offers it. */
    public ApplicationPage choice(int field, String label) {
        String menu = "application:fields:" + field + ":choice";
        menus.ensureOffered(menu, label, "application:category");
        menus.select(menu, label);
        return this;
    }

    /** Saves a new application and waits for its own page. */
    public void save() {
        pages.driver().findElement(By.id("application:save")).click();
        pages.waitUntil(d -> d.getCurrentUrl().contains("application.xhtml?id="), 15);
    }

    /** Saves, expecting a refusal next to programme field {@code field}: its text. */
    public String saveRefusedAt(int field) {
        pages.driver().findElement(By.id("application:save")).click();
        By message = By.xpath("//*[@id='application:fields:" + field + ":choice' or @id='application:fields:" + field
                + ":text']/ancestor::span[contains(@class,'field')]//*[contains(@class,'ui-message-error')]");
        pages.waitUntil(
                d -> !d.findElements(message).isEmpty()
                        || !d.findElement(By.id("messages")).getText().isBlank(),
                15);
        if (pages.driver().findElements(message).isEmpty()) {
            throw new AssertionError("no message beside field " + field + "; the page says: "
                    + pages.driver().findElement(By.id("messages")).getText());
        }
        return pages.driver().findElement(message).getText();
    }

    /** The label of programme field {@code field} as shown (a required field's label ends in "*" by the style sheet). */
    public org.openqa.selenium.WebElement label(int field) {
        // a menu's label points at its focus input (…:choice_focus)
        return pages.driver().findElement(By.xpath("//label[starts-with(@for, 'application:fields:" + field + ":')]"));
    }

    /** Uploads a scanned document and waits until it is listed. */
    public void attach(Path scan) {
        upload.choose(scan);
        pages.waitUntil(d ->
                !d.findElements(By.cssSelector("#documents a.document-link")).isEmpty());
        upload.awaitSettled();
    }

    /** Uploads a file that is refused and waits for the refusal containing {@code text}. */
    public void attachRefused(Path file, String text) {
        upload.choose(file);
        pages.waitUntil(d -> upload.outcome().contains(text));
        upload.awaitSettled();
    }

    /**
     * Sends the application to the approver ("ready") once the page is settled (an upload's file row gone, see {@link
     * UploadField#awaitSettled}), and waits for the case page the application became.
     */
    public void markReady() {
        upload.awaitSettled();
        pages.waitFor(By.id("ready:markReady")).click();
        pages.waitUntil(d -> pages.path().equals("/casework/case.xhtml"), 15);
    }
}
