package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.ansinh.devstack.DemoUser;

/**
 * The sealed record's page in the running app: its sealer seals on its own timer; an auditor presses
 * "Kiểm tra" and reads the result in Vietnamese, first on the untouched record, then after one audit row
 * was edited through plain SQL (and repaired after).
 */
class SealChainBrowserIT {

    private static final String PATH = "/audit/chain.xhtml";

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();

    @Test
    void anAuditorChecksTheRecordAndIsToldWhichRowWasEdited() throws Exception {
        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, PATH);
        assertThat(pages.textOf(By.id("chain:heads"))).contains("Nhật ký thao tác", "Quyết định", "Sự kiện hồ sơ");

        verify();
        assertThat(pages.text("messages")).contains("Hồ sơ khớp với niêm phong");
        assertThat(db.latestAudit("seal.verify"))
                .containsEntry("actor", "auditor.dienbien")
                .containsEntry("outcome", "SUCCEEDED");
        long first = firstSealedAuditRow();

        AppendOnlyTriggers.without(
                db,
                sql -> sql.executeUpdate("update audit_record set actor = concat(actor, '.sua') where id = " + first));
        try {
            verify();
            assertThat(pages.text("messages"))
                    .contains("Sai lệch đầu tiên: bảng Nhật ký thao tác, mã dòng " + first
                            + ": nội dung dòng đã bị sửa sau khi niêm phong");
            assertThat(pages.textOf(By.id("chain:findings"))).contains(String.valueOf(first));
        } finally {
            AppendOnlyTriggers.without(
                    db,
                    sql -> sql.executeUpdate(
                            "update audit_record set actor = substring(actor, 1, char_length(actor) - 4) where id = "
                                    + first));
        }
        verify();
        assertThat(pages.text("messages")).contains("Hồ sơ khớp với niêm phong");
    }

    private void verify() {
        pages.script("document.getElementById('messages').innerHTML = '';");
        browser.driver().findElement(By.id("chain:verify")).click();
        pages.waitUntil(d -> !pages.text("messages").isBlank());
    }

    /** Waits for the app's sealer (every 15 seconds) to have sealed audit rows (the verification's own, at least); the first. */
    private long firstSealedAuditRow() {
        return pages.waitUntil(
                d -> {
                    long n = db.countOf("select count(*) from seal where source_table = 'audit_record'");
                    return n == 0
                            ? null
                            : db.countOf("select row_id from seal where source_table = 'audit_record' and seq = 1");
                },
                40);
    }
}
