package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.SettingsPage;

/** The administrator changes a setting in the UI; the change and its audit row are visible. */
class SettingsBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final SettingsPage settings = new SettingsPage(pages);

    @Test
    void anAdministratorRenamesTheOrganisationAndTheAuditTrailShowsBeforeAndAfter() {
        String newName = "Sở Y tế tỉnh Điện Biên " + System.nanoTime() % 10000;
        pages.openAs(DemoUser.ADMIN, SettingsPage.PATH);

        settings.change(db.settingRowIndex("ORGANISATION_NAME"), newName);
        settings.awaitDialogClosed();

        assertThat(pages.text("messages")).contains("Đã lưu tham số");
        pages.open("/admin/home.xhtml");
        assertThat(browser.driver().findElement(By.cssSelector(".brand .org")).getText())
                .isEqualTo(newName);
        assertThat(db.latestAudit("setting.change"))
                .containsEntry("actor", "admin")
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("target_id", "ORGANISATION_NAME")
                .containsEntry("after_value", "{\"value\":\"" + newName + "\"}");

        pages.open("/audit/trail.xhtml");
        String firstRow = browser.driver()
                .findElement(By.cssSelector("#audit\\:table_data tr"))
                .getText();
        assertThat(firstRow).contains("setting.change").contains(newName).contains("Thành công");
    }

    @Test
    void aBadValueIsRefusedNextToTheFieldAndWhatWasTypedStays() {
        long auditRowsBefore = db.count("audit_record");
        pages.openAs(DemoUser.ADMIN, SettingsPage.PATH);

        settings.change(db.settingRowIndex("RECORD_REVIEW_MONTHS"), "mười hai");

        String message = settings.valueMessage();
        assertThat(message).isEqualTo("Giá trị phải là một số nguyên, ví dụ 12.");
        assertThat(settings.value()).isEqualTo("mười hai");
        assertThat(db.setting("RECORD_REVIEW_MONTHS")).isEqualTo("12");
        assertThat(db.count("audit_record")).isEqualTo(auditRowsBefore);
    }

    @Test
    void anActionOnAPageWhoseViewHasExpiredLandsOnTheExpiredPage() {
        pages.openAs(DemoUser.ADMIN, SettingsPage.PATH);
        // what a server restart or a long-idle view does: the server no longer knows the view state
        pages.script("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (i) { i.value = 'expired:0'; });");

        settings.edit(0);
        // PrimeFaces redirects after the ajax answer: read the page once the browser has landed on it
        pages.waitUntil(d -> d.getCurrentUrl().contains("/errors/expired.xhtml"));

        assertThat(pages.text("error-title")).isEqualTo("Phiên làm việc đã hết hạn");
        assertThat(pages.path()).isEqualTo("/errors/expired.xhtml");
    }
}
