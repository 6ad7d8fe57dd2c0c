package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.it.pages.PersonFormPage;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;

/**
 * What crosses jurisdictions, in the browser: an officer of Nghệ An typing a Điện Biên personal ID
 * learns only that the person is registered in another unit, sends a transfer request that the
 * person's commune accepts; the abolished district's approver sees no person.
 */
class DisclosureBrowserIT {

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    private final AnSinhPages pages = browser.pages();
    private final TestDatabase db = browser.db();
    private final PersonFormPage form = new PersonFormPage(pages);

    @Test
    void anotherProvincesPersonalIdShowsNoNameNorLinkAndTheTransferRequestIsAcceptedByThePersonsCommune() {
        String personalId = DisclosureIT.personalId(1966, Sex.MALE);
        Person tuanGiaoMan = registerInTuanGiao("Quàng Văn Xiển", personalId);

        pages.openAs(DemoUser.OFFICER_QUY_HOP, PersonFormPage.PATH);
        form.register("Quàng Văn Xiển", "1966", 0, personalId);

        WebElement offer = form.transferOffer();
        assertThat(pages.textOf(By.cssSelector(".ui-message-error")))
                .contains("đã được đăng ký tại một đơn vị hành chính khác");
        assertThat(form.existingLinks()).as("no link to the person").isEmpty();
        assertThat(browser.driver().getPageSource())
                .doesNotContain("person.xhtml?id=" + tuanGiaoMan.id())
                .doesNotContain("Tuần Giáo");
        assertThat(offer.getText()).contains("Đề nghị chuyển hồ sơ");
        form.requestTransfer("Ông Xiển chuyển đến khối 5 từ tháng 11/2026");
        assertThat(pages.textOf(By.cssSelector(".ui-messages-info"))).contains("Đã gửi đề nghị chuyển hồ sơ");
        assertThat(db.row(
                        "select status, to_commune_code, from_commune_code from transfer_request where person_id = ?",
                        tuanGiaoMan.id()))
                .containsEntry("status", "PENDING")
                .containsEntry("to_commune_code", "17035")
                .containsEntry("from_commune_code", "03253");
        assertThat(db.row(
                        "select actor, outcome from audit_record where action = 'person.register' and unit_code = '03253'"
                                + " and target_id = ? order by id desc limit 1",
                        tuanGiaoMan.id().toString()))
                .containsEntry("actor", "officer.quyhop")
                .containsEntry("outcome", "DENIED");
        browser.restart();

        pages.openAs(DemoUser.OFFICER_TUAN_GIAO, "/casework/worklist.xhtml");
        WebElement row =
                pages.waitUntil(d -> d.findElements(By.cssSelector("[id='transfers:incoming_data'] tr")).stream()
                        .filter(r -> r.getText().contains(personalId))
                        .findFirst()
                        .orElse(null));
        assertThat(row.getText()).contains("Quàng Văn Xiển").contains("Quỳ Hợp").contains("khối 5");
        WebElement accept = row.findElement(By.cssSelector("button[id$=':accept']"));
        accept.click();
        pages.waitUntilGone(accept);
        assertThat(pages.textOf(By.cssSelector(".ui-messages-info"))).contains("Đã chấp nhận");

        assertThat(db.row("select commune_code from person where id = ?", tuanGiaoMan.id()))
                .containsEntry("commune_code", "17035");
        assertThat(db.row("select status from transfer_request where person_id = ?", tuanGiaoMan.id()))
                .containsEntry("status", "ACCEPTED");
        browser.restart();

        pages.openAs(DemoUser.OFFICER_QUY_HOP, "/registry/person.xhtml?id=" + tuanGiaoMan.id());
        assertThat(pages.text("page-title")).isEqualTo("Quàng Văn Xiển");
    }

    @Test
    void theAbolishedDistrictsApproverSeesNoPersonAndIsToldWhy() {
        Person person = registerInTuanGiao("Lò Văn Huyện", DisclosureIT.personalId(1957, Sex.MALE));

        pages.openAs(DemoUser.APPROVER_DISTRICT, "/approver/home.xhtml");
        assertThat(pages.text("unit-abolished")).contains("01/07/2025").contains("quản trị");

        pages.open("/registry/persons.xhtml");
        assertThat(pages.textOf(By.cssSelector("[id='search:table'] .ui-datatable-empty-message")))
                .isEqualTo("Không có nhân khẩu nào phù hợp.");

        pages.open("/registry/person.xhtml?id=" + person.id());
        assertThat(pages.text("error-title"))
                .as("the same answer as a missing record")
                .isEqualTo("Không tìm thấy trang");
        assertThat(browser.driver().getPageSource()).doesNotContain("Lò Văn Huyện");
    }

    private Person registerInTuanGiao(String name, String personalId) {
        try (CaseworkFixture fx = browser.data()) {
            AdminUnit commune =
                    fx.units().currentCommune(CaseworkFixture.TUAN_GIAO).orElseThrow();
            Residence residence =
                    Residence.of(commune, fx.units().parentOf(commune).orElseThrow());
            int year = Integer.parseInt(personalId.substring(4, 6)) + 1900;
            PersonDetails details = new PersonDetails(
                    name,
                    PartialDate.of(year),
                    Sex.MALE,
                    Ethnicity.THAI,
                    PersonalId.of(personalId),
                    null,
                    null,
                    null,
                    "Bản Co Cượm");
            return fx.run(
                    CaseworkFixture.OFFICER_TUAN_GIAO,
                    "2026-01-05T02:00:00Z",
                    () -> new RegisterPersonCommand(details, residence, true, 101));
        }
    }
}
