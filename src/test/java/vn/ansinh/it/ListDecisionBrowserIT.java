package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.PrepareListCommand;
import vn.ansinh.casework.application.SignListDecisionCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.SelectOneMenu;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * In the browser: the preview of the 335/2026 band list counts confirmed rows only and names the band rows an
 * administrator has still to confirm (the app's database has them pending, as after a fresh install); an auditor
 * downloads a signed list's stored copy, its e-office package and its unit's day package, each noted in the access
 * log.
 */
class ListDecisionBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();

    /** Thanh Nưa: no demo data and no other browser test there. */
    private static final AdminUnitCode THANH_NUA = AdminUnitCode.of("03328");

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

    @Test
    void theAuditorDownloadsASignedListsStoredCopyItsPackageAndItsUnitsDay() throws Exception {
        ListDecision list;
        Decision decision;
        try (CaseworkFixture fx = browser.data()) {
            Person adjusted = fx.person(THANH_NUA, "Lò Văn Mức", PartialDate.of(1980, 4, 4), Sex.MALE);
            new PayrollFixture(fx)
                    .active(
                            adjusted,
                            Category.DISABLED,
                            Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                            "2026-03-10",
                            CaseworkFixture.officerOf(THANH_NUA),
                            CaseworkFixture.chairmanOf(THANH_NUA));
            ListDecision prepared = fx.run(
                            CaseworkFixture.officerOf(THANH_NUA),
                            "2026-10-06T03:00:00Z",
                            () -> new PrepareListCommand(
                                    ListRule.SOCIAL_ASSISTANCE_LEVEL_335, THANH_NUA, YearMonth.of(2026, 7), fx.units()))
                    .get(0);
            list = fx.run(
                    CaseworkFixture.chairmanOf(THANH_NUA),
                    "2026-10-07T03:00:00Z",
                    () -> new SignListDecisionCommand(prepared.id(), THANH_NUA, fx.units()));
            Person other = fx.person(THANH_NUA, "Lò Thị Ấn", PartialDate.of(1978, 3, 9), Sex.FEMALE);
            BenefitCase c = fx.submitted(
                    other,
                    Category.DISABLED,
                    Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                    "2026-10-07T01:00:00Z");
            decision = fx.run(
                    CaseworkFixture.chairmanOf(THANH_NUA),
                    "2026-10-07T05:00:00Z",
                    () -> new ApproveCaseCommand(c.id(), THANH_NUA, fx.units()));
        }
        String zipPath = "/eoffice/list-decisions/" + list.id() + ".zip";
        String stem = "quyet-dinh-" + list.number().replace('/', '-');

        pages.openAs(DemoUser.AUDITOR_DIEN_BIEN, "/casework/lists.xhtml");
        WebElement link = pages.waitFor(By.cssSelector("a[href$='" + zipPath + "']"));
        assertThat(link.getText()).isEqualTo("Gói văn bản điện tử (PDF + XML)");
        byte[] eofficePackage = pages.download(zipPath);
        byte[] pdf = pages.download("/list-decisions/" + list.id() + ".pdf");
        assertThat(pages.download("/list-decisions/" + list.id() + ".pdf"))
                .as("the stored copy, byte for byte")
                .isEqualTo(pdf);
        Map<String, byte[]> entries = unzip(eofficePackage);
        assertThat(entries).containsOnlyKeys(stem + ".pdf", "metadata.xml");
        assertThat(entries.get(stem + ".pdf")).isEqualTo(pdf);
        assertThat(new String(entries.get("metadata.xml"), StandardCharsets.UTF_8))
                .contains("list=\"true\"")
                .contains("<numberAndSymbol>" + list.number() + "</numberAndSymbol>");
        assertThat(browser.db().countOf("select count(*) from decision_copy where list_decision_id = ?", list.id()))
                .as("one stored copy")
                .isEqualTo(1);
        Map<String, byte[]> day = unzip(pages.download("/eoffice/days/" + THANH_NUA.value() + "/2026-10-07.zip"));
        assertThat(day)
                .containsKey(stem + "/" + stem + ".pdf")
                .containsKey("quyet-dinh-" + decision.number().replace('/', '-') + "/metadata.xml");
        assertThat(day.get(stem + "/" + stem + ".pdf")).isEqualTo(pdf);

        // written in batches by the flusher, every two seconds
        pages.waitUntil(d -> browser.db()
                        .countOf(
                                "select count(*) from access_log where reader = 'auditor.dienbien'"
                                        + " and kind = 'DECISION' and target like ?",
                                list.number() + " (#" + list.id() + ")%")
                >= 3);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
