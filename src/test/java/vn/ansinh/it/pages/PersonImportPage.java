package vn.ansinh.it.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/** The Excel import of people and households ({@value #PATH}): a file, its report, then the confirmation. */
public final class PersonImportPage {

    public static final String PATH = "/registry/import.xhtml";

    private final AnSinhPages pages;

    public PersonImportPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /**
     * Sends the file and waits until the upload has settled ({@link UploadField#awaitSettled}): the file's row fades
     * out after the report is shown and moves the confirm button; a click before that missed it (CI, stop 29).
     */
    public void upload(Path file) {
        UploadField upload = new UploadField(pages);
        upload.choose(file);
        upload.awaitSettled();
    }

    /** The report's summary (rows, people, households), once the file was read. */
    public String summary() {
        return pages.textOf(By.id("reportSummary"));
    }

    /** The report's problems, row by row. */
    public String problems() {
        return pages.textOf(By.id("report:problems"));
    }

    public List<WebElement> confirmButtons() {
        return pages.driver().findElements(By.id("report:confirm"));
    }

    /**
     * Confirms the import, answers yes to the question the page asks first, and waits for the page's message to
     * contain {@code message}. The question asked.
     */
    public String confirm(String message) {
        pages.driver().findElement(By.id("report:confirm")).click();
        WebElement yes = pages.waitFor(By.id("report:confirmYes"));
        pages.waitUntil(d -> yes.isDisplayed());
        String question = pages.textOf(By.cssSelector("#report\\:confirmDialog .ui-confirm-dialog-message"));
        yes.click();
        pages.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(message));
        return question;
    }
}
