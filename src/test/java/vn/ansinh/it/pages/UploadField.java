package vn.ansinh.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import vn.ansinh.it.AnSinhPages;

/**
 * The file upload of a page (the form {@code upload} with its {@code p:fileUpload} {@code file}, as on the
 * registry and account imports, an application's documents and a bank's result file): PrimeFaces sends a
 * chosen file at once, and its outcome shows next to the upload.
 */
public final class UploadField {

    private final AnSinhPages pages;

    public UploadField(AnSinhPages pages) {
        this.pages = pages;
    }

    public void choose(Path file) {
        pages.waitFor(By.id("upload:file"));
        pages.driver()
                .findElement(By.cssSelector("#upload\\:file input[type=file]"))
                .sendKeys(file.toString());
    }

    /** The message next to the upload (from the browser's check or the server's), or null while there is none. */
    public String message() {
        String text = pages.driver().findElement(By.id("upload:fileMessage")).getText();
        return text.isBlank() ? null : text;
    }

    /** Waits for {@link #message()}. */
    public String awaitMessage(int seconds) {
        return pages.waitUntil(d -> message(), seconds);
    }

    /** The upload's outcome that is not about the file's size or type (e.g. a scan that is not what it says). */
    public String outcome() {
        return pages.driver().findElement(By.id("upload:uploadMessages")).getText();
    }
}
