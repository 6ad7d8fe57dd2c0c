package vn.ansinh.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ansinh.it.AnSinhPages;

/** The system settings ({@value #PATH}): a table of settings, each edited in a dialog. */
public final class SettingsPage {

    public static final String PATH = "/admin/settings.xhtml";

    private final AnSinhPages pages;

    public SettingsPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Presses the edit button of a row. */
    public void edit(int row) {
        pages.waitFor(By.id("settings:table:" + row + ":edit")).click();
    }

    /** Edits the row's value in the dialog and saves it. */
    public void change(int row, String value) {
        edit(row);
        WebElement input = pages.waitFor(By.id("settingForm:value"));
        pages.waitUntil(d -> !input.getAttribute("value").isEmpty(), 10);
        input.clear();
        input.sendKeys(value);
        pages.driver().findElement(By.id("settingForm:save")).click();
    }

    public void awaitDialogClosed() {
        pages.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("settingDialog")), 10);
    }

    /** The refusal next to the dialog's value (waits for it). */
    public String valueMessage() {
        return pages.waitUntil(
                d -> {
                    String text =
                            d.findElement(By.id("settingForm:valueMessage")).getText();
                    return text.isBlank() ? null : text;
                },
                10);
    }

    /** What the dialog's value field holds. */
    public String value() {
        return pages.driver().findElement(By.id("settingForm:value")).getAttribute("value");
    }
}
