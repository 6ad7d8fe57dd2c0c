// Long because it builds, for each of the nine rules, a real case and the look-alikes the rule must leave alone.
package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.anomaly.application.AnomalyChecks;
import vn.ansinh.anomaly.application.AnomalyFindings;
import vn.ansinh.anomaly.application.FindingRow;
import vn.ansinh.anomaly.application.MarkFindingCommand;
import vn.ansinh.anomaly.application.RunAnomalyChecksCommand;
import vn.ansinh.anomaly.domain.AnomalyFinding;
import vn.ansinh.anomaly.domain.AnomalyRule;
import vn.ansinh.anomaly.domain.FindingStatus;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.persistence.ReadOrigin;
import vn.ansinh.shared.persistence.ReadSource;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * Each anomaly rule on the real database: a real anomaly it must find, and the look-alikes it must not flag (a
 * caregiver of two mothers, a difference correction, an arrears line, a related shared account…); a rerun that
 * neither duplicates nor reopens; the auditor's mark with its audit row, and the roles that may not mark.
 */
class AnomalyChecksIT {

    private static final Actor AUDITOR =
            new Actor("auditor.vn", "Kiểm tra viên", java.util.Set.of(Role.AUDITOR), AdminUnitCode.NATIONAL);
    private static final Actor PROVINCE_AUDITOR = new Actor(
            "auditor.dienbien",
            "Kiểm tra viên tỉnh",
            java.util.Set.of(Role.AUDITOR),
            AdminUnitCode.of(AnomalyFixture.DIEN_BIEN));
    private static final Actor HANOI_AUDITOR =
            new Actor("auditor.hanoi", "Kiểm tra viên Hà Nội", java.util.Set.of(Role.AUDITOR), AdminUnitCode.of("01"));
    private static final Actor OFFICER = new Actor(
            "officer.tuangiao",
            "Cán bộ xã",
            java.util.Set.of(Role.COMMUNE_OFFICER),
            AdminUnitCode.of(AnomalyFixture.TUAN_GIAO));

    private final MigratedDatabase db = MigratedDatabase.get();
    private final AnomalyFixture data = new AnomalyFixture(db.jdbc());
    private EntityManager em;
    private AdminUnitTree units;
    private YearMonth month;
    private YearMonth before;
    private long run;
    private long earlierRun;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        before = PaymentFixture.freshMonths(2);
        month = before.plusMonths(1);
        earlierRun = data.approvedRun(before);
        run = data.approvedRun(month);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void paidAfterDeathFlagsTheMonthAfterDeathNotArrearsOfTheMonthOfDeath() {
        long person = data.person("Lò Thị Mất");
        long c = data.socialAssistance(person);
        data.grant(c, person, before.minusMonths(2));
        data.died(person, before.atDay(10));
        long afterDeath = data.line(run, c, person, month).insert();
        long arrearsOfDeathMonth =
                data.line(run, c, person, before).kind("ARREARS").insert();

        checks();

        assertThat(found(AnomalyRule.PAID_AFTER_DEATH, "L" + afterDeath))
                .containsEntry("evidence", "10/" + String.format("%02d/%d", before.getMonthValue(), before.getYear()))
                .containsEntry("status", "OPEN");
        assertThat(found(AnomalyRule.PAID_AFTER_DEATH, "L" + arrearsOfDeathMonth))
                .isEmpty();
    }

    @Test
    void paidTwiceFlagsTwoCasesPayingOneMonthButNotCaregiverDifferenceOrArrearsLines() {
        long twice = data.person("Quàng Văn Hai Lần");
        long first = data.socialAssistance(twice);
        long second = data.socialAssistance(twice);
        long a = data.line(run, first, twice, month).insert();
        long b = data.line(run, second, twice, month).insert();
        // a caregiver of two Heroic Mothers: two caregiver components, of two beneficiaries, to one payee
        long caregiver = data.person("Lường Thị Phục Vụ");
        long mother1 = data.person("Bà Mẹ Một");
        long mother2 = data.person("Bà Mẹ Hai");
        long m1 = data.benefitCase(
                mother1, "MERITORIOUS_PERSON", "HEROIC_MOTHER", AnomalyFixture.TUAN_GIAO, "ACTIVE", caregiver);
        long m2 = data.benefitCase(
                mother2, "MERITORIOUS_PERSON", "HEROIC_MOTHER", AnomalyFixture.TUAN_GIAO, "ACTIVE", caregiver);
        data.line(run, m1, mother1, month).caregiverOf(caregiver).insert();
        data.line(run, m2, mother2, month).caregiverOf(caregiver).insert();
        // a difference (correction 1) of last month's payment, and last month paid late as arrears
        long corrected = data.person("Cà Văn Chênh Lệch");
        long cc = data.socialAssistance(corrected);
        data.line(earlierRun, cc, corrected, before).insert();
        data.line(run, cc, corrected, before).difference(1, 900_000, 810_000).insert();
        long late = data.person("Tòng Văn Truy Lĩnh");
        long lc = data.socialAssistance(late);
        data.line(run, lc, late, before).kind("ARREARS").insert();
        data.line(run, lc, late, month).insert();

        checks();

        assertThat(found(AnomalyRule.PAID_TWICE, key(twice, month) + ":SOCIAL_ASSISTANCE:ALLOWANCE"))
                .containsEntry("evidence", "ALLOWANCE|" + a + "," + b);
        assertThat(db.jdbc()
                        .countOf(
                                "select count(*) from anomaly_finding where rule = 'PAID_TWICE' and person_id in (?, ?, ?,"
                                        + " ?, ?, ?)",
                                caregiver,
                                mother1,
                                mother2,
                                corrected,
                                late,
                                twice))
                .isEqualTo(1);
    }

    @Test
    void noDecisionFlagsALineWithoutAGrantAndAfterATerminationButNotUnderAGrant() {
        long granted = data.person("Lò Văn Có Quyết Định");
        long gc = data.socialAssistance(granted);
        data.grant(gc, granted, before.minusMonths(3));
        long none = data.person("Lò Văn Không Quyết Định");
        long nc = data.socialAssistance(none);
        long ended = data.person("Lò Văn Thôi Hưởng");
        long ec = data.socialAssistance(ended);
        data.grant(ec, ended, before.minusMonths(3));
        data.decision(ec, ended, "TERMINATION", month, before.atDay(20), "approver.tuangiao", AnomalyFixture.TUAN_GIAO);
        long ok = data.line(run, gc, granted, month).insert();
        long withoutDecision = data.line(run, nc, none, month).insert();
        long afterEnd = data.line(run, ec, ended, month).insert();
        long beforeEnd = data.line(earlierRun, ec, ended, before).insert();

        checks();

        assertThat(found(AnomalyRule.NO_DECISION_IN_FORCE, "L" + ok)).isEmpty();
        assertThat(found(AnomalyRule.NO_DECISION_IN_FORCE, "L" + withoutDecision))
                .containsEntry("evidence", mm(month) + "|");
        assertThat(found(AnomalyRule.NO_DECISION_IN_FORCE, "L" + afterEnd))
                .containsEntry("evidence", mm(month) + "|" + mm(month));
        checks(before);
        assertThat(found(AnomalyRule.NO_DECISION_IN_FORCE, "L" + beforeEnd)).isEmpty();
    }

    @Test
    void amountDiffersFlagsAWrongAmountButNotTheRightOneADifferenceOrTheCaregiverAnnexLine() {
        long person = data.person("Hoàng Văn Số Tiền");
        long c = data.socialAssistance(person);
        long right = data.line(run, c, person, month).insert();
        long other = data.person("Hoàng Văn Sai Tiền");
        long oc = data.socialAssistance(other);
        long wrong = data.line(run, oc, other, month).amount(820_000).insert();
        long third = data.person("Hoàng Văn Chênh Lệch");
        long tc = data.socialAssistance(third);
        long difference = data.line(run, tc, third, before)
                .difference(1, 810_000, 750_000)
                .insert();
        long wrongDifference = data.line(run, oc, other, before)
                .difference(1, 800_000, 750_000)
                .insert();
        long caregiver = data.person("Lường Thị Phục Vụ Đúng");
        long mother = data.person("Bà Mẹ Đúng");
        long mc = data.benefitCase(
                mother, "MERITORIOUS_PERSON", "HEROIC_MOTHER", AnomalyFixture.TUAN_GIAO, "ACTIVE", caregiver);
        long annex = data.line(run, mc, mother, month).caregiverOf(caregiver).insert();
        long annexWrong = data.line(run, mc, mother, before)
                .caregiverOf(caregiver)
                .amount(2_055_000)
                .insert();

        checks();

        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + right)).isEmpty();
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + wrong))
                .containsEntry("evidence", "810000|540000|1.500")
                .containsEntry("amount", 820_000L);
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + difference)).isEmpty();
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + wrongDifference)).isNotEmpty();
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + annex)).isEmpty();
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + annexWrong)).containsEntry("evidence", "2789000||");
    }

    @Test
    void closedAccountFlagsATransferAfterTheAccountClosedButNotAfterItWasReopenedOrBeforeItClosed() {
        long closed = data.person("Lò Văn Đóng");
        long reopened = data.person("Lò Văn Mở Lại");
        long later = data.person("Lò Văn Đóng Sau");
        data.accountStep(closed, "VERIFIED", before.atDay(1));
        data.accountStep(closed, "CLOSED", before.atDay(20));
        data.accountStep(reopened, "FAILED", before.atDay(20));
        data.accountStep(reopened, "VERIFIED", month.atDay(2));
        data.accountStep(later, "VERIFIED", before.atDay(1));
        data.accountStep(later, "CLOSED", month.atDay(25));
        long a = data.line(run, data.socialAssistance(closed), closed, month)
                .transfer("C" + closed, month.atDay(10))
                .insert();
        long b = data.line(run, data.socialAssistance(reopened), reopened, month)
                .transfer("C" + reopened, month.atDay(10))
                .insert();
        long c = data.line(run, data.socialAssistance(later), later, month)
                .transfer("C" + later, month.atDay(10))
                .insert();

        checks();

        assertThat(found(AnomalyRule.CLOSED_ACCOUNT, "L" + a)).containsEntry("evidence", "CLOSED|20/" + mm(before));
        assertThat(found(AnomalyRule.CLOSED_ACCOUNT, "L" + b)).isEmpty();
        assertThat(found(AnomalyRule.CLOSED_ACCOUNT, "L" + c)).isEmpty();
    }

    @Test
    void sharedAccountFlagsUnrelatedPeopleButNotAHouseholdOrACaregiver() {
        String stranger = "S" + System.nanoTime() % 1_000_000_000L;
        long one = data.person("Người Lạ Một");
        long two = data.person("Người Lạ Hai");
        data.line(run, data.socialAssistance(one), one, month)
                .transfer(stranger, month.atDay(10))
                .insert();
        data.line(run, data.socialAssistance(two), two, month)
                .transfer(stranger, month.atDay(10))
                .insert();
        String family = "F" + System.nanoTime() % 1_000_000_000L;
        long father = data.person("Cha Cùng Hộ");
        long son = data.person("Con Cùng Hộ");
        data.household(father, son);
        data.line(run, data.socialAssistance(father), father, month)
                .transfer(family, month.atDay(10))
                .insert();
        data.line(run, data.socialAssistance(son), son, month)
                .transfer(family, month.atDay(10))
                .insert();
        String carer = "K" + System.nanoTime() % 1_000_000_000L;
        long caregiver = data.person("Người Phục Vụ Chung");
        long mother1 = data.person("Bà Mẹ Chung Một");
        long mother2 = data.person("Bà Mẹ Chung Hai");
        long m1 = data.benefitCase(
                mother1, "MERITORIOUS_PERSON", "HEROIC_MOTHER", AnomalyFixture.TUAN_GIAO, "ACTIVE", caregiver);
        long m2 = data.benefitCase(
                mother2, "MERITORIOUS_PERSON", "HEROIC_MOTHER", AnomalyFixture.TUAN_GIAO, "ACTIVE", caregiver);
        data.line(run, m1, mother1, month)
                .caregiverOf(caregiver)
                .transfer(carer, month.atDay(10))
                .insert();
        data.line(run, m2, mother2, month)
                .caregiverOf(caregiver)
                .transfer(carer, month.atDay(10))
                .insert();
        // the mother's own allowance into her caregiver's account: related through the case
        data.line(run, data.socialAssistance(mother1), mother1, month)
                .transfer(carer, month.atDay(10))
                .insert();

        checks();

        assertThat((String) found(AnomalyRule.SHARED_ACCOUNT, "AVBSP:" + stranger + ":" + month)
                        .get("evidence"))
                .startsWith("VBSP " + stranger + "|")
                .contains("Người Lạ Một")
                .contains("Người Lạ Hai");
        assertThat(found(AnomalyRule.SHARED_ACCOUNT, "AVBSP:" + family + ":" + month))
                .isEmpty();
        assertThat(found(AnomalyRule.SHARED_ACCOUNT, "AVBSP:" + carer + ":" + month))
                .isEmpty();
    }

    @Test
    void twoCommunesFlagsTwoRunningBenefitsButNotAMoveThatEndedTheOldOne() {
        String other = (String) db.jdbc()
                .row(
                        "select code from admin_unit where unit_list = 'TWO_TIER_2025' and level = 'COMMUNE' and code <> ?"
                                + " and parent_id = (select id from admin_unit where code = ? and unit_list = 'TWO_TIER_2025')"
                                + " order by code limit 1",
                        AnomalyFixture.TUAN_GIAO,
                        AnomalyFixture.DIEN_BIEN)
                .get("code");
        long both = data.person("Lò Văn Hai Xã");
        data.benefitCase(both, "SOCIAL_ASSISTANCE", "DISABLED", AnomalyFixture.TUAN_GIAO, "ACTIVE", null);
        data.benefitCase(both, "SOCIAL_ASSISTANCE", "DISABLED", other, "ACTIVE", null);
        long moved = data.person("Lò Văn Chuyển Xã");
        data.benefitCase(moved, "SOCIAL_ASSISTANCE", "DISABLED", AnomalyFixture.TUAN_GIAO, "TERMINATED", null);
        data.benefitCase(moved, "SOCIAL_ASSISTANCE", "DISABLED", other, "ACTIVE", null);

        checks();

        assertThat(found(AnomalyRule.TWO_COMMUNES, "P" + both))
                .containsEntry(
                        "evidence",
                        String.join(
                                ", ",
                                java.util.stream.Stream.of(AnomalyFixture.TUAN_GIAO, other)
                                        .sorted()
                                        .toList()));
        assertThat(found(AnomalyRule.TWO_COMMUNES, "P" + moved)).isEmpty();
    }

    @Test
    void incompetentSignerFlagsAGoneDistrictAndTheDossierMakerButNotTheCompetentLevelOfTheDay() {
        String district = (String) db.jdbc()
                .row(
                        "select d.code from admin_unit w join admin_unit d on d.id = w.parent_id where w.code = ?"
                                + " and w.unit_list = 'THREE_TIER_2004'",
                        AnomalyFixture.TUAN_GIAO)
                .get("code");
        long person = data.person("Lò Văn Quyết Định");
        long c = data.socialAssistance(person);
        long districtThen = data.decision(
                c, person, "GRANT", YearMonth.of(2025, 3), LocalDate.of(2025, 3, 1), "approver.huyen", district);
        long districtAfterReform = data.decision(
                c, person, "ADJUSTMENT", YearMonth.of(2026, 8), LocalDate.of(2026, 8, 1), "approver.huyen", district);
        long communeNow = data.decision(
                c,
                person,
                "ADJUSTMENT",
                YearMonth.of(2026, 9),
                LocalDate.of(2026, 9, 1),
                "approver.tuangiao",
                AnomalyFixture.TUAN_GIAO);
        long byMaker = data.decision(
                c,
                person,
                "ADJUSTMENT",
                YearMonth.of(2026, 10),
                LocalDate.of(2026, 10, 1),
                "officer.tuangiao",
                AnomalyFixture.TUAN_GIAO);

        checks();

        assertThat(found(AnomalyRule.INCOMPETENT_SIGNER, "D" + districtThen)).isEmpty();
        assertThat((String) found(AnomalyRule.INCOMPETENT_SIGNER, "D" + districtAfterReform)
                        .get("evidence"))
                .endsWith("|approver.huyen|" + district + "|COMMUNE|0");
        assertThat(found(AnomalyRule.INCOMPETENT_SIGNER, "D" + communeNow)).isEmpty();
        assertThat((String) found(AnomalyRule.INCOMPETENT_SIGNER, "D" + byMaker).get("evidence"))
                .endsWith("|1");
    }

    @Test
    void pensionAndAssistanceFlagsBothInOneMonthButNotOneAfterTheOther() {
        long both = data.person("Lò Văn Cả Hai");
        long sa = data.line(run, data.socialAssistance(both), both, month).insert();
        long sp = data.line(
                        run,
                        data.benefitCase(
                                both, "SOCIAL_PENSION", "SOCIAL_PENSION_75", AnomalyFixture.TUAN_GIAO, "ACTIVE", null),
                        both,
                        month)
                .socialPension()
                .insert();
        long turned75 = data.person("Lò Văn Chuyển Hưu");
        data.line(earlierRun, data.socialAssistance(turned75), turned75, before).insert();
        data.line(
                        run,
                        data.benefitCase(
                                turned75,
                                "SOCIAL_PENSION",
                                "SOCIAL_PENSION_75",
                                AnomalyFixture.TUAN_GIAO,
                                "ACTIVE",
                                null),
                        turned75,
                        month)
                .socialPension()
                .insert();

        checks();

        assertThat(found(AnomalyRule.PENSION_AND_ASSISTANCE, key(both, month)))
                .containsEntry("evidence", mm(month) + "|" + sp + "|" + sa);
        assertThat(found(AnomalyRule.PENSION_AND_ASSISTANCE, key(turned75, month)))
                .isEmpty();
    }

    @Test
    void aRerunNeitherDuplicatesNorReopensAMarkedFindingAndTheMarkIsAudited() {
        long person = data.person("Lò Văn Đánh Dấu");
        long c = data.socialAssistance(person);
        long line = data.line(run, c, person, month).amount(1).insert();
        AnomalyChecks.Result first = checks();
        long id = ((Number) found(AnomalyRule.AMOUNT_DIFFERS, "L" + line).get("id")).longValue();
        assertThat(first.found().get(AnomalyRule.AMOUNT_DIFFERS)).isGreaterThanOrEqualTo(1);
        MarkFindingCommand mark = new MarkFindingCommand(
                id,
                AdminUnitCode.of(AnomalyFixture.TUAN_GIAO),
                FindingStatus.EXPLAINED,
                "  Đã truy thu theo biên bản số 12  ");

        assertThatThrownBy(() -> run(OFFICER, mark)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(HANOI_AUDITOR, mark)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(
                        PROVINCE_AUDITOR,
                        new MarkFindingCommand(
                                id, AdminUnitCode.of(AnomalyFixture.TUAN_GIAO), FindingStatus.REFERRED, " ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("anomaly.error.noteRequired");
        AnomalyFinding marked = run(PROVINCE_AUDITOR, mark);

        assertThat(marked.status()).isEqualTo(FindingStatus.EXPLAINED);
        Map<String, Object> audit = db.jdbc()
                .row(
                        "select actor, before_value, after_value from audit_record where"
                                + " action = 'anomaly.mark' and target_id = ? order by id desc limit 1",
                        Long.toString(id));
        assertThat(audit).containsEntry("actor", "auditor.dienbien");
        assertThat((String) audit.get("before_value")).contains("\"status\":\"OPEN\"");
        assertThat((String) audit.get("after_value"))
                .contains("\"status\":\"EXPLAINED\"")
                .contains("Đã truy thu theo biên bản số 12\"");
        assertThatThrownBy(() -> run(PROVINCE_AUDITOR, mark))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("anomaly.error.mark");

        AnomalyChecks.Result second = checks();

        assertThat(db.jdbc()
                        .countOf(
                                "select count(*) from anomaly_finding where rule = 'AMOUNT_DIFFERS' and"
                                        + " subject_key = ?",
                                "L" + line))
                .isEqualTo(1);
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + line))
                .containsEntry("status", "EXPLAINED")
                .containsEntry("note", "Đã truy thu theo biên bản số 12")
                .containsEntry("last_run_id", second.runId())
                .containsEntry("first_run_id", first.runId());
        assertThat(second.newFound().get(AnomalyRule.AMOUNT_DIFFERS)).isZero();
        assertThat(db.jdbc()
                        .row(
                                "select found, new_found from anomaly_run_count where run_id = ? and rule ="
                                        + " 'AMOUNT_DIFFERS'",
                                second.runId()))
                .containsEntry("new_found", 0);
        assertThat(db.jdbc()
                        .row("select actor, after_value from audit_record where action = 'anomaly.run'"
                                + " order by id desc limit 1"))
                .containsEntry("actor", "auditor.vn");
    }

    @Test
    void aProvinceAuditorRunsAndReadsTheirProvinceOnlyAndTheListIsPaged() {
        long person = data.person("Lò Văn Tỉnh");
        long c = data.socialAssistance(person);
        long line = data.line(run, c, person, month).amount(2).insert();

        run(PROVINCE_AUDITOR, new RunAnomalyChecksCommand(AdminUnitCode.of(AnomalyFixture.DIEN_BIEN), month, units));

        AnomalyFindings findings = new AnomalyFindings(em);
        List<FindingRow> mine = findings.page(
                UnitScope.of(PROVINCE_AUDITOR, units), AnomalyRule.AMOUNT_DIFFERS, FindingStatus.OPEN, 0, 1000);
        assertThat(mine).extracting(FindingRow::lineId).contains(line);
        FindingRow row =
                mine.stream().filter(r -> r.lineId() == line).findFirst().orElseThrow();
        assertThat(row.personName()).startsWith("Lò Văn Tỉnh");
        assertThat(row.month()).isEqualTo(month);
        assertThat(row.amount()).isEqualTo(2L);
        assertThat(findings.page(UnitScope.of(HANOI_AUDITOR, units), AnomalyRule.AMOUNT_DIFFERS, null, 0, 1000))
                .extracting(FindingRow::lineId)
                .doesNotContain(line);
        assertThat(findings.count(UnitScope.of(PROVINCE_AUDITOR, units), AnomalyRule.AMOUNT_DIFFERS, null))
                .isGreaterThanOrEqualTo(1);
        assertThat(findings.page(UnitScope.of(PROVINCE_AUDITOR, units), AnomalyRule.AMOUNT_DIFFERS, null, 0, 1))
                .hasSize(1);
        assertThatThrownBy(() -> run(
                        OFFICER, new RunAnomalyChecksCommand(AdminUnitCode.of(AnomalyFixture.TUAN_GIAO), month, units)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> run(PROVINCE_AUDITOR, new RunAnomalyChecksCommand(AdminUnitCode.NATIONAL, month, units)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * With a read replica the rules read on another connection and their rows are written to the primary in batches:
     * the same findings as the one statement on the primary (a finding of each kind here), none duplicated, and the
     * run says where it read. The other connection here is a second one to this database; the replica itself is
     * {@code ClusterFailoverIT}'s.
     */
    @Test
    void readingOnAnotherConnectionFindsWhatTheOneStatementFindsAndDuplicatesNothing() {
        long dead = data.person("Lò Thị Bản Sao");
        long deadCase = data.socialAssistance(dead);
        data.grant(deadCase, dead, before.minusMonths(2));
        data.died(dead, before.atDay(3));
        long afterDeath = data.line(run, deadCase, dead, month).insert();
        long wrong = data.person("Cầm Văn Đọc Riêng");
        long wrongLine = data.line(run, data.socialAssistance(wrong), wrong, month)
                .amount(7)
                .insert();

        AnomalyChecks.Result direct = checks();
        ReadSource elsewhere = new OtherConnection(db.emf().createEntityManager());
        AnomalyChecks.Result separate =
                run(AUDITOR, new RunAnomalyChecksCommand(AdminUnitCode.NATIONAL, month, units, elsewhere));

        assertThat(direct.readFrom()).isEqualTo(ReadOrigin.PRIMARY);
        assertThat(separate.readFrom().kind()).isEqualTo(ReadOrigin.Kind.REPLICA);
        assertThat(separate.found()).isEqualTo(direct.found());
        assertThat(separate.newFound().values()).allMatch(n -> n == 0);
        String seen = "select rule, subject_key, person_id, line_id, decision_id, commune_code, for_month, amount,"
                + " evidence from anomaly_finding where last_run_id = ? order by rule, subject_key";
        assertThat(db.jdbc().rows(seen, separate.runId())).isNotEmpty();
        assertThat(found(AnomalyRule.PAID_AFTER_DEATH, "L" + afterDeath))
                .containsEntry("last_run_id", separate.runId())
                .containsEntry("first_run_id", direct.runId());
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + wrongLine)).containsEntry("last_run_id", separate.runId());
        assertThat(db.jdbc()
                        .countOf(
                                "select count(*) from anomaly_finding where (rule = 'PAID_AFTER_DEATH' and subject_key"
                                        + " = ?) or (rule = 'AMOUNT_DIFFERS' and subject_key = ?)",
                                "L" + afterDeath,
                                "L" + wrongLine))
                .as("each finding once")
                .isEqualTo(2);
        assertThat(db.jdbc()
                        .row(
                                "select after_value from audit_record where action = 'anomaly.run' order by id desc limit 1")
                        .get("after_value")
                        .toString())
                .contains("\"readFrom\":\"REPLICA\"");

        // a new finding read elsewhere is inserted as new
        long later = data.person("Lò Văn Mới Thấy");
        long laterLine = data.line(run, data.socialAssistance(later), later, month)
                .amount(9)
                .insert();
        AnomalyChecks.Result third =
                run(AUDITOR, new RunAnomalyChecksCommand(AdminUnitCode.NATIONAL, month, units, elsewhere));
        assertThat(third.newFound().get(AnomalyRule.AMOUNT_DIFFERS)).isEqualTo(1);
        assertThat(found(AnomalyRule.AMOUNT_DIFFERS, "L" + laterLine))
                .containsEntry("first_run_id", third.runId())
                .containsEntry("status", "OPEN")
                .containsEntry("amount", 9L);
    }

    /** Reads on a connection of its own, in a transaction it rolls back (the rules' temporary table is its own). */
    private record OtherConnection(EntityManager other) implements ReadSource {

        @Override
        public <T> T read(java.util.function.Function<EntityManager, T> query) {
            other.getTransaction().begin();
            try {
                return query.apply(other);
            } finally {
                other.getTransaction().rollback();
            }
        }

        @Override
        public boolean separate() {
            return true;
        }

        @Override
        public ReadOrigin origin() {
            return new ReadOrigin(ReadOrigin.Kind.REPLICA, 0);
        }
    }

    private AnomalyChecks.Result checks() {
        return checks(month);
    }

    private AnomalyChecks.Result checks(YearMonth checked) {
        return run(AUDITOR, new RunAnomalyChecksCommand(AdminUnitCode.NATIONAL, checked, units));
    }

    private <R> R run(Actor actor, Command<R> command) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC);
        CommandRunner runner = new CommandRunner(em, units::covers, denial -> {}, clock);
        return vn.ansinh.devstack.Transactions.inTransaction(em, () -> runner.run(actor, command));
    }

    private Map<String, Object> found(AnomalyRule rule, String subject) {
        return db.jdbc().row("select * from anomaly_finding where rule = ? and subject_key = ?", rule.name(), subject);
    }

    private static String key(long person, YearMonth month) {
        return "P" + person + ":" + month;
    }

    private static String mm(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
