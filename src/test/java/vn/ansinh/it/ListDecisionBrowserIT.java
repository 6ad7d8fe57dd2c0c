package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.SelectOneMenu;

/**
 * In the browser: the preview of the 335/2026 band list counts confirmed rows only and names the band rows an
 * administrator has still to confirm (the app's database has them pending, as after a fresh install).
 */
class ListDecisionBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    @Test
    void theBandListPreviewSaysWhichRowsItNeedsAreStillPending() {
        pages.openAs(DemoUser.ADMIN, "/casework/lists.xhtml");
        new SelectOneMenu(pages)
                .select(
                        "previewForm:rule",
                        "Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng: nhóm tuổi mới từ 60 đến dưới 75"
                                + " và từ đủ 75 tuổi (Nghị định 335/2026): điều chỉnh mức trợ cấp");
        // the menu's panel slides shut: a click meanwhile lands on it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), AnSinhPages.POLL)
                .until(d -> !d.findElement(By.id("previewForm:rule_panel")).isDisplayed());
        WebElement month = pages.input("previewForm:month");
        month.clear();
        month.sendKeys("11/2026");
        browser.driver().findElement(By.id("previewForm:runPreview")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20), AnSinhPages.POLL)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("previewForm:pending")).isEmpty());
        assertThat(pages.text("previewForm:confirmedOnly"))
                .isEqualTo("Số tiền được tính theo các mức chuẩn và hệ số đã được xác nhận;"
                        + " dòng đang chờ xác nhận không được dùng.");
        assertThat(pages.text("previewForm:pending"))
                .contains("đang chờ xác nhận")
                .contains("Hệ số «Người cao tuổi thuộc hộ nghèo")
                .contains("từ ngày 05/10/2026")
                .contains("Nghị định số 335/2026/NĐ-CP");
        assertThat(browser.driver().findElement(By.tagName("body")).getText())
                .contains("Không có ai có mức trợ cấp thay đổi từ tháng này")
                .doesNotContain("listDecision.")
                .doesNotContain("???");
    }
}
