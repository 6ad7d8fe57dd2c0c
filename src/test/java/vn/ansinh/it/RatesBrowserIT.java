package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.RatesPage;

/** Maker-checker on the rates page: {@code admin} enters a standard level, {@code admin2} confirms it. */
class RatesBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final RatesPage rates = new RatesPage(pages);

    @Test
    void anAdministratorEntersALevelThatOnlyASecondAdministratorCanConfirm() {
        long serial = System.nanoTime() % 100_000;
        String document = serial + "/2039/NQ-HĐND";
        String wrong = serial + "/2039/NQ-SAI";
        String month = "2039-" + String.format("%02d", 1 + serial % 11);
        String nextMonth = "2039-" + String.format("%02d", 2 + serial % 11);
        pages.openAs(DemoUser.ADMIN, RatesPage.PATH);
        enterLevel(nextMonth, wrong);
        rates.level(wrong);
        pages.open(RatesPage.PATH);
        enterLevel(month, document);

        String entry = rates.message("chờ");
        assertThat(entry).contains("chờ một quản trị viên khác xác nhận");
        WebElement entered = rates.level(document);
        assertThat(entered.getText())
                .contains("Chờ xác nhận")
                .contains("admin")
                .contains("820.000")
                .contains("02/11/2026");
        assertThat(RatesPage.confirmButtons(entered))
                .as("no confirm button for the author")
                .isEmpty();
        assertThat(db.row("select status, created_by from standard_level where document_number = ?", document))
                .containsEntry("status", "PENDING")
                .containsEntry("created_by", "admin");
        pages.logout();
        browser.restart();

        pages.openAs(DemoUser.ADMIN2, RatesPage.PATH);
        rates.confirm(document);

        String confirmation = rates.message("xác nhận");
        assertThat(confirmation).contains("Đã xác nhận mức");
        WebElement confirmed = rates.levelShowing(document, "Đã xác nhận");
        assertThat(confirmed.getText()).contains("admin2");
        assertThat(RatesPage.confirmButtons(confirmed)).isEmpty();
        assertThat(db.row("select status, confirmed_by from standard_level where document_number = ?", document))
                .containsEntry("status", "CONFIRMED")
                .containsEntry("confirmed_by", "admin2");
        assertThat(db.latestAudit("rate.confirm"))
                .containsEntry("actor", "admin2")
                .containsEntry("outcome", "SUCCEEDED");

        rates.reject(wrong, "Sai số nghị quyết");
        String rejection = rates.message("từ chối");
        assertThat(rejection).contains("Đã từ chối");
        WebElement rejected = rates.levelShowing(wrong, "Bị từ chối");
        assertThat(rejected.getText()).contains("Sai số nghị quyết").contains("admin2");
        assertThat(db.row("select status, rejection_reason from standard_level where document_number = ?", wrong))
                .containsEntry("status", "REJECTED")
                .containsEntry("rejection_reason", "Sai số nghị quyết");
    }

    private void enterLevel(String month, String document) {
        rates.enterLevel("11", month, "820000", "Nghị quyết HĐND tỉnh Điện Biên (thử nghiệm)", document, "02/11/2026");
    }
}
