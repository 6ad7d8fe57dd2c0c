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

    /**
     * Waits until the upload is over on the page, not only its answer shown: PrimeFaces sends a chosen file with its own
     * XHR (blueimp's plugin, outside {@code PrimeFaces.ajax.Queue}), renders the answer's updates, and only then fades
     * out the file's row (400 ms) and removes it, which moves everything below the upload up by a row. A click computed
     * before that removal lands where the button was: "send to the approver" below an application's upload was lost so
     * (RegistryBrowserIT timed out waiting for "Đã chuyển xét duyệt"). Settled: no request of PrimeFaces or jQuery
     * running, no file row left in the upload and nothing animated on the page.
     */
    public void awaitSettled() {
        pages.waitUntil(
                d -> Boolean.TRUE.equals(pages.script(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0"
                                + " && jQuery('[id=\"upload:file\"] .ui-fileupload-row').length === 0"
                                + " && jQuery(':animated').length === 0;")),
                15);
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
