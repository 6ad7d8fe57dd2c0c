package vn.ansinh.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.it.AnSinhPages;

/** The anomaly checks ({@value #PATH}): run now, open a rule's findings, mark one. */
public final class AnomaliesPage {

    public static final String PATH = "/audit/anomalies.xhtml";

    private final AnSinhPages pages;

    public AnomaliesPage(AnSinhPages pages) {
        this.pages = pages;
    }

    /** Runs the checks for the month (typed MM/yyyy) and waits for the page's message. */
    public String runNow(String month) {
        WebElement field = pages.input("run:month");
        field.clear();
        field.sendKeys(month);
        pages.driver().findElement(By.id("run:runNow")).click();
        return pages.waitUntil(
                d -> d.findElements(By.cssSelector("#messages .ui-messages-info-summary")).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .findFirst()
                        .orElse(null),
                120);
    }

    /** The rule's count of open findings, as the rules table shows it. */
    public String openCount(AnomalyRule rule) {
        return pages.text("rules:table:" + rule.ordinal() + ":open");
    }

    /** Opens the rule's findings list. */
    public void show(AnomalyRule rule) {
        pages.driver()
                .findElement(By.id("rules:table:" + rule.ordinal() + ":show"))
                .click();
        pages.waitFor(By.id("findings:ruleTitle"));
    }

    /** The findings row that names the person. */
    public WebElement rowOf(String personName) {
        return pages.waitFor(By.xpath("//tbody[@id='findings:table_data']/tr[contains(., '" + personName + "')]"));
    }

    /** Marks the person's finding explained (the dialog's default) with the note, and waits for the dialog to close. */
    public void markExplained(String personName, String note) {
        rowOf(personName)
                .findElement(By.xpath(".//button[contains(@id, ':mark')]"))
                .click();
        WebElement field = pages.waitFor(By.id("markForm:note"));
        pages.waitUntil(d -> field.isDisplayed(), 10);
        field.sendKeys(note);
        pages.driver().findElement(By.id("markForm:save")).click();
        pages.waitUntil(d -> !d.findElement(By.id("markDialog")).isDisplayed(), 20);
    }
}
