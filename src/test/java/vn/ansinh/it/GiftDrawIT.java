package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.gift.application.ApproveGiftCommuneCommand;
import vn.ansinh.gift.application.DefineGiftListCommand;
import vn.ansinh.gift.application.DrawGiftListCommand;
import vn.ansinh.gift.application.GiftBankFile;
import vn.ansinh.gift.application.GiftLists;
import vn.ansinh.gift.application.GiftResultReport;
import vn.ansinh.gift.application.GiftResults;
import vn.ansinh.gift.application.ImportGiftBankResultCommand;
import vn.ansinh.gift.application.RecordGiftPaidCommand;
import vn.ansinh.gift.application.ResolveGiftEntryCommand;
import vn.ansinh.gift.application.ReviewGiftCommuneCommand;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEligibility;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.gift.domain.IdentityKind;
import vn.ansinh.payment.channel.application.BankFileCsv;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * One-off lists drawn from the real registry at a cut-off (Resolution 418/NQ-CP: a Tết gift to every beneficiary):
 * the same cut-off gives the same people, a person in two categories appears once (at the higher amount), the dead
 * before the cut-off and another province's beneficiaries are not drawn, people without any ID number are listed to
 * resolve, never dropped; the SQL rule agrees with the Java one; and a commune's part goes through review, approval
 * and payment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftDrawIT {

    static final AdminUnitCode TUAN_GIAO = CaseworkFixture.TUAN_GIAO;
    static final AdminUnitCode QUY_HOP = CaseworkFixture.QUY_HOP;
    static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    static final Actor PROVINCE_ADMIN = new Actor("admin.dienbien", "Lường Văn Quản", Set.of(Role.ADMIN), DIEN_BIEN);
    static final LocalDate CUT_OFF = LocalDate.of(2026, 1, 20);
    static final String AFTER_CUT_OFF = "2026-01-21T02:00:00Z";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private CaseworkFixture fx;
    private PayrollFixture payroll;
    /** The people of the scenario by their story. */
    private final Map<String, Long> people = new LinkedHashMap<>();
    /** Every case of the scenario, for the parity of the two forms of the rule. */
    private final Map<String, Long> cases = new LinkedHashMap<>();

    @BeforeAll
    void scenario() {
        fx = new CaseworkFixture();
        payroll = new PayrollFixture(fx);
        long plain = beneficiary("active, personal ID", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(plain);
        new PaymentFixture(fx.jdbc()).account(plain, "VERIFIED", LocalDate.of(2025, 8, 1), null);
        long secondAccount = beneficiary("a second account holder", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(secondAccount);
        new PaymentFixture(fx.jdbc()).account(secondAccount, "VERIFIED", LocalDate.of(2025, 8, 1), null);

        long twice = beneficiary("in two categories", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(twice);
        secondCase("in two categories, second case", twice, Category.DISABLED);

        long dead = beneficiary("died before the cut-off", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(dead);
        fx.jdbc().execute("update person set date_of_death = ? where id = ?", Date.valueOf("2026-01-10"), dead);

        long diedLater = beneficiary("died after the cut-off", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(diedLater);
        fx.jdbc().execute("update person set date_of_death = ? where id = ?", Date.valueOf("2026-01-25"), diedLater);

        beneficiary("no ID number at all", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);

        long oldId = beneficiary("old ID card only", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        long oldIdTwin = beneficiary("same old ID card, second record", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        String cmnd =
                "%09d".formatted(900_000_000 + (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 99_999_999);
        fx.jdbc().execute("update person set old_id_number = ? where id in (?, ?)", cmnd, oldId, oldIdTwin);

        long suspended = beneficiary("suspended on the cut-off", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(suspended);
        fx.jdbc()
                .execute(
                        "update benefit_case set status = 'SUSPENDED' where id = ?",
                        cases.get("suspended on the cut-off"));

        long ended = beneficiary("benefit ended the month before", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(ended);
        fx.jdbc()
                .execute(
                        "update benefit_case set status = 'TERMINATED', entitled_until = '2025-12-01' where id = ?",
                        cases.get("benefit ended the month before"));

        long endsInMonth =
                beneficiary("benefit ends in the cut-off's month", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(endsInMonth);
        fx.jdbc()
                .execute(
                        "update benefit_case set status = 'TERMINATED', entitled_until = '2026-01-01' where id = ?",
                        cases.get("benefit ends in the cut-off's month"));

        long decidedLate = beneficiary("decided after the cut-off", TUAN_GIAO, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(decidedLate);
        fx.jdbc()
                .execute(
                        "update benefit_case set decided_on = '2026-01-22' where id = ?",
                        cases.get("decided after the cut-off"));

        long elsewhere = beneficiary("another province (Quỳ Hợp)", QUY_HOP, Category.ELDERLY_80_NO_PENSION);
        setPersonalId(elsewhere);
    }

    @AfterAll
    void close() {
        fx.close();
    }

    @Test
    void aListDrawnTwiceAtTheSameCutOffGivesTheSamePeopleAsDoesAnotherListOfTheSameCutOff() {
        GiftList list = define("Quà Tết 2026 – lần 1");
        draw(list);
        Map<Long, Long> first = entries(list);
        draw(list);
        Map<Long, Long> again = entries(list);
        GiftList other = define("Quà Tết 2026 – lần 2");
        draw(other);

        assertThat(first).isNotEmpty().containsKey(people.get("active, personal ID"));
        assertThat(again).isEqualTo(first);
        assertThat(entries(other)).isEqualTo(first);
    }

    @Test
    void aPersonInTwoCategoriesAppearsOnceAtTheHigherAmount() {
        GiftList list = define("Quà Tết 2026 – hai diện");
        draw(list);

        Long twice = people.get("in two categories");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from gift_entry where list_id = ? and person_id = ?",
                                list.id(),
                                twice))
                .isEqualTo(1);
        assertThat(entries(list))
                .containsEntry(twice, 500_000L)
                .containsEntry(people.get("active, personal ID"), 400_000L);
        assertThat(fx.jdbc()
                        .row("select category from gift_entry where list_id = ? and person_id = ?", list.id(), twice))
                .containsEntry("category", "DISABLED");
    }

    @Test
    void theDeadBeforeTheCutOffAndThoseNotPayingOnItAreNotDrawnTheDeadAfterItAre() {
        GiftList list = define("Quà Tết 2026 – người đã mất");
        draw(list);
        Set<Long> drawn = entries(list).keySet();

        assertThat(drawn)
                .doesNotContain(
                        people.get("died before the cut-off"),
                        people.get("suspended on the cut-off"),
                        people.get("benefit ended the month before"),
                        people.get("decided after the cut-off"))
                .contains(people.get("died after the cut-off"), people.get("benefit ends in the cut-off's month"));
    }

    @Test
    void peopleWithoutAnyIdNumberAreListedToResolveAndOneOldIdCardIsOneEntry() {
        GiftList list = define("Quà Tết 2026 – giấy tờ");
        draw(list);

        assertThat(fx.jdbc()
                        .row(
                                "select identity_kind, resolution from gift_entry where list_id = ? and person_id = ?",
                                list.id(),
                                people.get("no ID number at all")))
                .containsEntry("identity_kind", "NONE")
                .containsEntry("resolution", "TO_RESOLVE");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from gift_entry where list_id = ? and person_id in (?, ?)",
                                list.id(),
                                people.get("old ID card only"),
                                people.get("same old ID card, second record")))
                .isEqualTo(1);
    }

    @Test
    void theIdentityKeyAndKindTheDrawWritesAreThoseTheJavaRuleGives() {
        GiftList list = define("Quà Tết 2026 – khóa định danh");
        draw(list);

        List<Map<String, Object>> rows = fx.jdbc()
                .rows(
                        "select e.identity_key, e.identity_kind, e.resolution, p.personal_id, p.old_id_number, p.id"
                                + " from gift_entry e join person p on p.id = e.person_id where e.list_id = ?",
                        list.id());
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            String personalId = (String) row.get("personal_id");
            String oldId = (String) row.get("old_id_number");
            long id = ((Number) row.get("id")).longValue();
            IdentityKind kind = IdentityKind.of(personalId, oldId);
            assertThat(row.get("identity_key")).isEqualTo(IdentityKind.key(personalId, oldId, id));
            assertThat(row.get("identity_kind")).isEqualTo(kind.name());
            assertThat(row.get("resolution"))
                    .isEqualTo(EntryResolution.drawn(kind).name());
        }
        assertThat(rows.stream().map(r -> r.get("identity_kind")).distinct()).contains("PERSONAL_ID", "OLD_ID", "NONE");
    }

    @Test
    void aProvincesListDrawsOnlyItsCommunesAndOnlyTheCountryOrAnExistingProvinceDefinesOne() {
        GiftList list = define("Quà Tết 2026 – tỉnh Điện Biên");
        draw(list);

        assertThat(entries(list)).doesNotContainKey(people.get("another province (Quỳ Hợp)"));
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from gift_entry where list_id = ? and province_code <> '11'",
                                list.id()))
                .isZero();
        Actor national = PayrollFixture.ADMIN;
        GiftList country =
                fx.run(national, AFTER_CUT_OFF, () -> defineCommand(AdminUnitCode.NATIONAL, "Quà Tết toàn quốc"));
        draw(country, national);
        assertThat(entries(country)).containsKey(people.get("another province (Quỳ Hợp)"));

        assertThatThrownBy(
                        () -> fx.run(national, AFTER_CUT_OFF, () -> defineCommand(AdminUnitCode.of("099"), "Huyện cũ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("gift.error.unit");
        assertThatThrownBy(() -> fx.run(national, AFTER_CUT_OFF, () -> defineCommand(TUAN_GIAO, "Một xã")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("gift.error.unit");
    }

    @Test
    void theSqlRuleSelectsExactlyTheCasesTheJavaRuleQualifies() {
        Map<String, Boolean> byJava = new HashMap<>();
        Map<String, Boolean> bySql = new HashMap<>();
        for (Map.Entry<String, Long> c : cases.entrySet()) {
            Map<String, Object> row = fx.jdbc()
                    .row(
                            "select c.status, c.entitled_from, c.entitled_until, c.decided_on, p.date_of_death,"
                                    + " (select count(*) from benefit_case c2 join person p2 on p2.id = c2.person_id"
                                    + " where c2.id = c.id and " + GiftEligibility.sql("c2", "p2", CUT_OFF)
                                    + ") as drawn"
                                    + " from benefit_case c join person p on p.id = c.person_id where c.id = ?",
                            c.getValue());
            byJava.put(
                    c.getKey(),
                    GiftEligibility.qualifies(
                            CaseStatus.valueOf((String) row.get("status")),
                            day(row.get("entitled_from")),
                            day(row.get("entitled_until")),
                            day(row.get("decided_on")),
                            day(row.get("date_of_death")),
                            CUT_OFF));
            bySql.put(c.getKey(), ((Number) row.get("drawn")).longValue() == 1);
        }

        assertThat(bySql).isEqualTo(byJava);
        assertThat(byJava.values()).contains(true, false);
        assertThat(byJava).containsEntry("died before the cut-off", false).containsEntry("active, personal ID", true);
    }

    @Test
    void aCommunesPartIsResolvedReviewedApprovedByAnotherAndPaidThroughTheUsualChannels() {
        GiftList list = define("Quà Tết 2026 – chi trả");
        draw(list);
        Actor officer = CaseworkFixture.OFFICER_TUAN_GIAO;
        Actor approver = CaseworkFixture.CHAIRMAN_TUAN_GIAO;

        assertThat(fx.jdbc()
                        .row(
                                "select channel, bank_code from gift_entry where list_id = ? and person_id = ?",
                                list.id(),
                                people.get("active, personal ID")))
                .containsEntry("channel", "BANK_TRANSFER")
                .containsEntry("bank_code", "VBSP");
        assertThat(fx.jdbc()
                        .row(
                                "select channel from gift_entry where list_id = ? and person_id = ?",
                                list.id(),
                                people.get("in two categories")))
                .containsEntry("channel", "CASH");
        assertThatThrownBy(
                        () -> fx.run(officer, AFTER_CUT_OFF, () -> new ReviewGiftCommuneCommand(list.id(), TUAN_GIAO)))
                .hasMessage("gift.error.toResolve");
        Long unknown = entryId(list, people.get("no ID number at all"));
        // every entry left to resolve in the commune: this test's person without any number, and in the full suite
        // those of other tests' people of the same commune
        List<Long> toResolve = fx
                .jdbc()
                .rows(
                        "select id from gift_entry where list_id = ? and commune_code = ? and resolution = 'TO_RESOLVE'",
                        list.id(),
                        TUAN_GIAO.value())
                .stream()
                .map(r -> ((Number) r.get("id")).longValue())
                .toList();
        assertThat(toResolve).contains(unknown);
        for (Long entry : toResolve) {
            fx.run(officer, AFTER_CUT_OFF, () -> new ResolveGiftEntryCommand(entry, TUAN_GIAO, false));
        }
        fx.run(officer, AFTER_CUT_OFF, () -> new ReviewGiftCommuneCommand(list.id(), TUAN_GIAO));

        assertThatThrownBy(() -> draw(list)).hasMessage("gift.error.alreadyReviewed");
        assertThatThrownBy(
                        () -> fx.run(officer, AFTER_CUT_OFF, () -> new ApproveGiftCommuneCommand(list.id(), TUAN_GIAO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> GiftBankFile.transfers(list, part(list).status(), communeEntries(list), "VBSP"))
                .hasMessage("gift.error.bankFileDraft");
        fx.run(approver, AFTER_CUT_OFF, () -> new ApproveGiftCommuneCommand(list.id(), TUAN_GIAO));
        List<Map<String, Object>> accounts = fx.jdbc()
                .rows(
                        "select id, account_no, amount from gift_entry where list_id = ? and commune_code = ?"
                                + " and channel = 'BANK_TRANSFER' and bank_code = 'VBSP' and resolution in ('CLEAR', 'KEPT')"
                                + " order by id",
                        list.id(),
                        TUAN_GIAO.value());
        assertThat(accounts)
                .as("the scenario has account entries in the commune")
                .isNotEmpty();
        List<BankFileCsv.Transfer> transfers =
                GiftBankFile.transfers(list, part(list).status(), communeEntries(list), "VBSP");
        assertThat(transfers)
                .extracting(t -> Arrays.<Object>asList(t.reference(), t.accountNo(), t.amount()))
                .containsExactlyInAnyOrderElementsOf(accounts.stream()
                        .map(r -> Arrays.<Object>asList(
                                ((Number) r.get("id")).longValue(),
                                r.get("account_no"),
                                ((Number) r.get("amount")).longValue()))
                        .toList());
        assertThat(transfers.stream().mapToLong(BankFileCsv.Transfer::amount).sum())
                .isEqualTo(accounts.stream()
                        .mapToLong(r -> ((Number) r.get("amount")).longValue())
                        .sum())
                .isPositive();
        List<Long> payable = fx
                .jdbc()
                .rows(
                        "select id from gift_entry where list_id = ? and commune_code = ? and resolution in ('CLEAR', 'KEPT')",
                        list.id(),
                        TUAN_GIAO.value())
                .stream()
                .map(r -> ((Number) r.get("id")).longValue())
                .toList();
        fx.run(
                officer,
                "2026-01-25T02:00:00Z",
                () -> new RecordGiftPaidCommand(payable.subList(0, 1), TUAN_GIAO, null));
        GiftLists.CommuneRow half = part(list);
        assertThat(half.status()).isEqualTo(GiftCommuneStatus.APPROVED);
        assertThat(half.paid()).isEqualTo(1);
        assertThat(half.planned()).isEqualTo(payable.size());
        fx.run(
                officer,
                "2026-01-25T02:00:00Z",
                () -> new RecordGiftPaidCommand(payable.subList(1, payable.size()), TUAN_GIAO, null));

        GiftLists.CommuneRow done = part(list);
        assertThat(done.status()).isEqualTo(GiftCommuneStatus.PAID);
        assertThat(done.paidAmount()).isEqualTo(done.plannedAmount()).isPositive();
        assertThat(done.toResolve()).isZero();
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'gift.paid' and unit_code = ?"
                                        + " and actor = ?",
                                TUAN_GIAO.value(),
                                officer.username()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theBanksResultFileRecordsTheTransfersItPaidKeepsItsReasonForTheOthersAndRefusesABadFileWhole() {
        GiftList list = define("Quà Tết 2026 – kết quả ngân hàng");
        draw(list);
        GiftList other = define("Quà Tết 2026 – danh sách khác");
        draw(other);
        Actor officer = CaseworkFixture.OFFICER_TUAN_GIAO;
        approve(list, officer, CaseworkFixture.CHAIRMAN_TUAN_GIAO);
        List<BankFileCsv.Transfer> sent =
                GiftBankFile.transfers(list, part(list).status(), communeEntries(list), "VBSP");
        assertThat(sent).as("two account holders in the commune at least").hasSizeGreaterThanOrEqualTo(2);
        BankFileCsv.Transfer first = sent.get(0);
        long otherListsEntry = entryId(other, people.get("active, personal ID"));
        String bad = result(
                first.reference() + ";" + first.accountNo() + ";" + (first.amount() + 1) + ";THANH_CONG;",
                "999999999999;" + first.accountNo() + ";" + first.amount() + ";THANH_CONG;",
                otherListsEntry + ";" + first.accountNo() + ";" + first.amount() + ";THANH_CONG;",
                sent.get(1).reference() + ";99999;" + sent.get(1).amount() + ";THANH_CONG;");

        GiftResultReport refused = check(list, bad);

        assertThat(refused.rows())
                .extracting(r -> r.problem().messageKey())
                .containsExactly(
                        "channels.result.row.amount",
                        "channels.result.row.unknownLine",
                        "gift.result.row.otherPart",
                        "channels.result.row.account");
        assertThat(refused.canApply()).isFalse();
        assertThatThrownBy(() -> importResult(list, refused)).hasMessage("gift.result.error.rejected");
        GiftResultReport wrongPart = check(list, result(first.reference() + ";;" + first.amount() + ";THANH_CONG;"));
        assertThatThrownBy(() -> importResult(other, wrongPart)).hasMessage("gift.result.error.otherPart");
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from gift_entry where list_id = ? and (bank_result is not null"
                                        + " or paid_on is not null)",
                                list.id()))
                .as("nothing written by a refused file")
                .isZero();

        // the officer paid the first person by hand: the bank cannot have paid them as well
        fx.run(
                officer,
                "2026-01-25T02:00:00Z",
                () -> new RecordGiftPaidCommand(List.of(first.reference()), TUAN_GIAO, null));
        assertThat(check(list, result(first.reference() + ";;" + first.amount() + ";THANH_CONG;"))
                        .rows())
                .extracting(r -> r.problem().messageKey())
                .containsExactly("gift.result.row.alreadyPaid");

        List<BankFileCsv.Transfer> rest = sent.subList(1, sent.size());
        BankFileCsv.Transfer last = rest.get(rest.size() - 1);
        String good = result(rest.stream()
                .map(t -> t.reference() + ";" + t.accountNo() + ";" + t.amount() + ";"
                        + (t == last ? "THAT_BAI;Tài khoản đã đóng" : "THANH_CONG;"))
                .toArray(String[]::new));
        GiftResultReport report = check(list, good);
        assertThat(report.canApply()).isTrue();
        GiftLists.CommuneRow before = part(list);

        ImportGiftBankResultCommand.Outcome outcome = importResult(list, report);

        long paidByBank = rest.subList(0, rest.size() - 1).stream()
                .mapToLong(BankFileCsv.Transfer::amount)
                .sum();
        assertThat(outcome).isEqualTo(new ImportGiftBankResultCommand.Outcome(rest.size() - 1, paidByBank, 1));
        GiftLists.CommuneRow after = part(list);
        assertThat(after.paid()).isEqualTo(before.paid() + rest.size() - 1);
        assertThat(after.paidAmount()).isEqualTo(before.paidAmount() + paidByBank);
        assertThat(after.status()).as("the refused transfer is still to pay").isEqualTo(GiftCommuneStatus.APPROVED);
        Map<String, Object> failed = fx.jdbc()
                .row("select paid_on, bank_result, bank_reason from gift_entry where id = ?", last.reference());
        assertThat(failed).containsEntry("bank_result", "FAILED").containsEntry("bank_reason", "Tài khoản đã đóng");
        assertThat(failed.get("paid_on")).isNull();
        if (rest.size() > 1) {
            assertThat(day(fx.jdbc()
                            .row(
                                    "select paid_on from gift_entry where id = ?",
                                    rest.get(0).reference())
                            .get("paid_on")))
                    .as("paid on the day of the import")
                    .isEqualTo(LocalDate.of(2026, 1, 28));
        }
        assertThat(fx.jdbc()
                        .countOf(
                                "select count(*) from audit_record where action = 'gift.bankResult' and unit_code = ?"
                                        + " and actor = ?",
                                TUAN_GIAO.value(),
                                officer.username()))
                .isGreaterThanOrEqualTo(1);

        // the same file again changes nothing; the refused transfer goes into no further file and is paid in cash
        assertThat(check(list, good).canApply()).isFalse();
        assertThat(GiftBankFile.banks(part(list).status(), communeEntries(list)))
                .doesNotContain("VBSP");
        fx.run(
                officer,
                "2026-01-29T02:00:00Z",
                () -> new RecordGiftPaidCommand(List.of(last.reference()), TUAN_GIAO, null));
        assertThat(part(list).paidAmount()).isEqualTo(after.paidAmount() + last.amount());
    }

    private void approve(GiftList list, Actor officer, Actor approver) {
        for (Map<String, Object> row : fx.jdbc()
                .rows(
                        "select id from gift_entry where list_id = ? and commune_code = ? and resolution = 'TO_RESOLVE'",
                        list.id(),
                        TUAN_GIAO.value())) {
            Long entry = ((Number) row.get("id")).longValue();
            fx.run(officer, AFTER_CUT_OFF, () -> new ResolveGiftEntryCommand(entry, TUAN_GIAO, false));
        }
        fx.run(officer, AFTER_CUT_OFF, () -> new ReviewGiftCommuneCommand(list.id(), TUAN_GIAO));
        fx.run(approver, AFTER_CUT_OFF, () -> new ApproveGiftCommuneCommand(list.id(), TUAN_GIAO));
    }

    /** A bank's result file: each row {@code ma_dong;so_tai_khoan;so_tien;ket_qua;ly_do}. */
    private static String result(String... rows) {
        return "ma_dong;so_tai_khoan;so_tien;ket_qua;ly_do\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private GiftResultReport check(GiftList list, String csv) {
        fx.em().clear();
        GiftCommune part = fx.em()
                .createQuery(
                        "select g from GiftCommune g where g.listId = :l and g.communeCode = :c", GiftCommune.class)
                .setParameter("l", list.id())
                .setParameter("c", TUAN_GIAO.value())
                .getSingleResult();
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return new GiftResults(fx.em())
                .check(part, "VBSP", "ket-qua.csv", bytes.length, new ByteArrayInputStream(bytes));
    }

    private ImportGiftBankResultCommand.Outcome importResult(GiftList list, GiftResultReport report) {
        return fx.run(
                CaseworkFixture.OFFICER_TUAN_GIAO,
                "2026-01-28T02:00:00Z",
                () -> new ImportGiftBankResultCommand(list.id(), TUAN_GIAO, report));
    }

    private GiftLists.CommuneRow part(GiftList list) {
        return new GiftLists(fx.em())
                .communes(UnitScope.of(TUAN_GIAO, fx.units()), list.id())
                .get(0);
    }

    private List<GiftEntry> communeEntries(GiftList list) {
        fx.em().clear();
        return new GiftLists(fx.em()).entries(list.id(), TUAN_GIAO);
    }

    private Long entryId(GiftList list, Long person) {
        return ((Number) fx.jdbc()
                        .row("select id from gift_entry where list_id = ? and person_id = ?", list.id(), person)
                        .get("id"))
                .longValue();
    }

    private GiftList define(String name) {
        return fx.run(PROVINCE_ADMIN, AFTER_CUT_OFF, () -> defineCommand(DIEN_BIEN, name));
    }

    private DefineGiftListCommand defineCommand(AdminUnitCode unit, String name) {
        return new DefineGiftListCommand(
                unit,
                name,
                CUT_OFF,
                "Ngân sách trung ương (NQ 418/NQ-CP)",
                Map.of(Category.ELDERLY_80_NO_PENSION, 400_000L, Category.DISABLED, 500_000L),
                fx.units());
    }

    private void draw(GiftList list) {
        draw(list, PROVINCE_ADMIN);
    }

    private void draw(GiftList list, Actor admin) {
        fx.run(admin, AFTER_CUT_OFF, () -> new DrawGiftListCommand(list.id(), list.unitCode(), fx.units()));
    }

    /** The list's entries: person → amount. */
    private Map<Long, Long> entries(GiftList list) {
        return fx.jdbc().rows("select person_id, amount from gift_entry where list_id = ?", list.id()).stream()
                .collect(Collectors.toMap(
                        r -> ((Number) r.get("person_id")).longValue(),
                        r -> ((Number) r.get("amount")).longValue(),
                        (a, b) -> {
                            throw new AssertionError("a person twice");
                        },
                        java.util.TreeMap::new));
    }

    private long beneficiary(String story, AdminUnitCode commune, Category category) {
        Person person = fx.person(commune, "Lò Văn Quà", PartialDate.of(1940, 2, 2), Sex.MALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase c = payroll.active(
                person,
                category,
                Map.of(),
                "2025-07-15",
                CaseworkFixture.officerOf(commune),
                CaseworkFixture.chairmanOf(commune));
        people.put(story, person.id());
        cases.put(story, c.id());
        return person.id();
    }

    private void secondCase(String story, long personId, Category category) {
        Person person = fx.em().find(Person.class, personId);
        BenefitCase c = payroll.active(
                person,
                category,
                Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"),
                "2025-08-15",
                CaseworkFixture.officerOf(person.communeCode()),
                CaseworkFixture.chairmanOf(person.communeCode()));
        cases.put(story, c.id());
    }

    private void setPersonalId(long person) {
        String id = String.format("011%09d", (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 1_000_000_000L);
        fx.jdbc().execute("update person set personal_id = ? where id = ?", id, person);
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
