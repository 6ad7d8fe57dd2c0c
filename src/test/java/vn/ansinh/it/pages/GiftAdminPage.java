package vn.ansinh.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.it.AnSinhPages;

/**
 * The administrator's page of one-off lists ({@code /admin/gifts.xhtml}): the definition form (its programmes, the
 * category table of the programmes ticked), and the lists with their draw button.
 */
public final class GiftAdminPage {

    public static final String PATH = "/admin/gifts.xhtml";

    private static final By CATEGORY_ROWS = By.cssSelector("[id='define:categories_data'] tr");

    private final AnSinhPages pages;

    public GiftAdminPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Fills the list's name, cut-off (dd/MM/yyyy), budget source and amount per person. */
    public void fill(String name, String cutOff, String budgetSource, String amount) {
        pages.fill("define:name", name);
        pages.fill("define:cutOff", cutOff);
        pages.fill("define:budgetSource", budgetSource);
        pages.fill("define:amount", amount);
    }

    /** Ticks or unticks a programme by its label, and waits for the category table to follow. */
    public void toggleProgramme(String label) {
        List<String> before = categories();
        pages.driver().findElements(By.cssSelector("[id='define:programmes'] label")).stream()
                .filter(l -> l.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no programme " + label))
                .click();
        pages.waitUntil(d -> !categories().equals(before));
    }

    /** Opens the fieldset of the categories (from its legend). */
    public void openCategories() {
        pages.driver()
                .findElement(By.cssSelector("[id='define:byCategory'] legend"))
                .click();
        pages.waitUntil(d -> d.findElement(By.id("define:categories")).isDisplayed());
    }

    /** The categories the table offers, by name (empty when no programme is ticked). */
    public List<String> categories() {
        return pages.driver().findElements(CATEGORY_ROWS).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(r -> r.findElements(By.tagName("td")).get(1).getText())
                .toList();
    }

    /** The table's row of a category, once shown. */
    public WebElement categoryRow(String category) {
        return pages.waitUntil(d -> d.findElements(CATEGORY_ROWS).stream()
                .filter(r -> r.getText().contains(category))
                .findFirst()
                .filter(WebElement::isDisplayed)
                .orElse(null));
    }

    /** Gives a category an amount of its own. */
    public void categoryAmount(String category, String amount) {
        categoryRow(category)
                .findElement(By.cssSelector("input[id$='categoryAmount']"))
                .sendKeys(amount);
    }

    /** Ticks "only this category" for a category. */
    public void onlyCategory(String category) {
        categoryRow(category)
                .findElement(By.cssSelector("[id$='onlyCategory'] .ui-chkbox-box"))
                .click();
    }

    /** Creates the list; returns the page's message. */
    public String create() {
        pages.driver().findElement(By.id("define:create")).click();
        pages.waitUntil(d -> !d.findElement(By.id("messages")).getText().isBlank());
        return pages.text("messages");
    }

    /** Draws the list and returns its id. */
    public String draw(String listName) {
        listRow(listName).findElement(By.cssSelector("[id$=':draw']")).click();
        pages.waitUntil(d -> listRow(listName).getText().contains("Đã lấy danh sách"));
        return listRow(listName)
                .findElement(By.cssSelector("a.gift-link"))
                .getAttribute("href")
                .replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    /** The row of a list in the lists table. */
    public WebElement listRow(String listName) {
        return pages.waitUntil(d -> d.findElements(By.cssSelector("[id='listsForm:lists_data'] tr")).stream()
                .filter(r -> r.getText().contains(listName))
                .findFirst()
                .orElse(null));
    }
}
