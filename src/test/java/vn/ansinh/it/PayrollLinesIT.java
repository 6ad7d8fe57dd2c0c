package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.application.ApprovePayrollCommand;
import vn.ansinh.payment.application.PayrollLines;
import vn.ansinh.payment.application.PayrollLines.Filter;
import vn.ansinh.payment.application.PayrollLines.Line;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The lines of a real payroll as the run page shows them (issue 12, item 1): a province's November 2026 with
 * three communes, monthly, arrears and difference lines (Decree 335/2026 after a closed October), a Heroic
 * Mother's annex lines with her caregiver's line, a transfer into a verified account and a line held after a
 * death; every filter selects what plain SQL selects, the totals add up the rows, and with no filter they
 * are the run's own totals; the run is approved only with the count and total the approver confirmed.
 * Vĩnh Long (86) is this test's alone.
 */
class PayrollLinesIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    private static final AdminUnitCode VINH_LONG = AdminUnitCode.of("86");
    private static final AdminUnitCode GIAO_LONG = AdminUnitCode.of("28807");
    private static final AdminUnitCode PHU_TUC = AdminUnitCode.of("28810");
    private static final AdminUnitCode TAN_PHU = AdminUnitCode.of("28840");
    /** The provincial Department of Home Affairs of Vĩnh Long: decides meritorious cases. */
    private static final Actor DIRECTOR =
            new Actor("approver.vinhlong", "Trần Văn Sở", java.util.Set.of(Role.APPROVER), VINH_LONG);
    /** Before Decree 335/2026 came into force (00:00 of 5 Oct 2026 in Vietnam). */
    private static final Instant BEFORE_335 = Instant.parse("2026-10-02T03:00:00Z");

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void everyFilterSelectsWhatSqlSelectsAndTheTotalsAddUpTheRowsAndTheRun() {
        Person hung = fx.person(GIAO_LONG, "Lò Văn Hùng", PartialDate.of(1979, 5, 5), Sex.MALE);
        Person thiHung = fx.person(PHU_TUC, "Lò Thị Hùng", PartialDate.of(1981, 6, 6), Sex.FEMALE);
        Person died = fx.person(PHU_TUC, "Đinh Văn Mất", PartialDate.of(1970, 7, 7), Sex.MALE);
        Person mother = fx.person(TAN_PHU, "Bà mẹ Trần Thị Sáu", PartialDate.of(1931), Sex.FEMALE);
        Person caregiver = fx.person(TAN_PHU, "Trần Thị Phục", PartialDate.of(1976), Sex.FEMALE);
        severe(hung, "2026-06-03");
        severe(thiHung, "2026-06-04");
        severe(died, "2026-06-05");
        String personalId = "086" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
        fx.jdbc().execute("update person set personal_id = ? where id = ?", personalId, hung.id());
        fx.jdbc()
                .execute(
                        "INSERT INTO ss_account (person_id, status, bank_code, account_no, commune_code, province_code,"
                                + " opened_on, registered_on, verified_on, updated_at, updated_by) VALUES (?, 'VERIFIED',"
                                + " 'AGRIBANK', ?, ?, '86', '2026-05-01', '2026-05-02', '2026-05-03', UTC_TIMESTAMP(6), 'test')",
                        hung.id(),
                        "7" + personalId,
                        GIAO_LONG.value());

        payroll.approve(payroll.computeAsOf(payroll.create(VINH_LONG, YearMonth.of(2026, 10)), 50_000, BEFORE_335));
        // decided after October's payroll: her October is paid as arrears in November
        decided(
                mother,
                Category.HEROIC_MOTHER,
                Map.of(ProgrammeField.CAREGIVER_PERSON_ID, caregiver.id().toString()),
                "2026-10-20");
        PayrollRun november = payroll.compute(payroll.create(VINH_LONG, YearMonth.of(2026, 11)), 2);
        fx.run(
                CaseworkFixture.officerOf(PHU_TUC),
                "2026-11-12T02:00:00Z",
                () -> new RecordDeathCommand(died.id(), PHU_TUC, LocalDate.of(2026, 10, 20)));
        long runId = november.id();
        PayrollLines lines = new PayrollLines(fx.em(), fx.units());

        // no filter: the run's own totals, read page by page in the page order
        List<Line> all = all(lines, runId, Filter.NONE);
        PayrollLines.Totals totals = lines.totals(runId, Filter.NONE);
        assertThat(totals.count()).isEqualTo(november.lineCount()).isEqualTo(all.size());
        assertThat(totals.amount())
                .isEqualTo(november.totalAmount())
                .isEqualTo(all.stream().mapToLong(Line::amount).sum())
                .isEqualTo(fx.jdbc().countOf("select sum(amount) from payroll_line where run_id = ?", runId));
        assertThat(all.stream().map(Line::lineId).distinct()).hasSize(all.size());
        assertThat(all)
                .as("by commune, then name")
                .isSortedAccordingTo(java.util.Comparator.comparing(Line::communeCode)
                        .thenComparing(l -> vn.ansinh.registry.domain.VietnameseNames.fold(l.personName())));
        assertThat(all).extracting(Line::kind).contains(LineKind.MONTHLY, LineKind.ARREARS, LineKind.DIFFERENCE);
        // read commune by commune from the stored summary (issue 13): the same order as the one ordered query
        assertThat(all.stream().map(Line::lineId).toList())
                .as("pages of three across the communes, in the order of the whole run")
                .isEqualTo(fx
                        .jdbc()
                        .rows(
                                "select l.id from payroll_line l join person p on p.id = l.person_id where l.run_id = ?"
                                        + " order by l.commune_code, p.name_folded, l.person_id, l.for_month,"
                                        + " l.component, l.correction, l.id",
                                runId)
                        .stream()
                        .map(r -> ((Number) r.get("id")).longValue())
                        .toList());
        assertThat(fx.jdbc()
                        .rows(
                                "select commune_code, programme, category, kind, channel, line_count, total_amount"
                                        + " from payroll_run_summary where run_id = ? order by 1, 2, 3, 4, 5",
                                runId))
                .as("the stored summary is the grouping of the run's lines")
                .hasSizeGreaterThan(3)
                .isEqualTo(fx.jdbc()
                        .rows(
                                "select commune_code, programme, category, kind, channel, count(*) as line_count,"
                                        + " cast(sum(amount) as signed) as total_amount from payroll_line"
                                        + " where run_id = ? group by commune_code, programme, category, kind, channel"
                                        + " order by 1, 2, 3, 4, 5",
                                runId));
        assertThat(lines.communes(runId))
                .as("picked by name")
                .extracting(PayrollLines.Commune::code, PayrollLines.Commune::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GIAO_LONG.value(), "Xã Giao Long"),
                        org.assertj.core.groups.Tuple.tuple(PHU_TUC.value(), "Xã Phú Túc"),
                        org.assertj.core.groups.Tuple.tuple(TAN_PHU.value(), "Xã Tân Phú"));
        assertThat(lines.categories(runId)).containsExactly(Category.HEROIC_MOTHER, Category.DISABLED);

        // each filter: the rows SQL selects, and totals that add them up
        check(
                lines,
                runId,
                new Filter(PHU_TUC.value(), null, null, null, null, null),
                "commune_code = '" + PHU_TUC.value() + "'",
                l -> l.communeCode().equals(PHU_TUC.value()));
        check(
                lines,
                runId,
                new Filter(null, Category.HEROIC_MOTHER, null, null, null, null),
                "category = 'HEROIC_MOTHER'",
                l -> l.category() == Category.HEROIC_MOTHER);
        List<Line> differences = check(
                lines,
                runId,
                new Filter(null, null, LineKind.DIFFERENCE, null, null, null),
                "kind = 'DIFFERENCE'",
                l -> l.kind() == LineKind.DIFFERENCE);
        check(
                lines,
                runId,
                new Filter(null, null, LineKind.ARREARS, null, null, null),
                "kind = 'ARREARS'",
                l -> l.kind() == LineKind.ARREARS);
        List<Line> transfers = check(
                lines,
                runId,
                new Filter(null, null, null, PaymentChannel.BANK_TRANSFER, null, null),
                "channel = 'BANK_TRANSFER'",
                l -> l.channel() == PaymentChannel.BANK_TRANSFER);
        List<Line> held = check(
                lines,
                runId,
                new Filter(null, null, null, null, PaymentStatus.HELD, null),
                "payment_status = 'HELD'",
                l -> l.status() == PaymentStatus.HELD);
        check(
                lines,
                runId,
                new Filter(null, null, null, null, PaymentStatus.PENDING, null),
                "payment_status = 'PENDING'",
                l -> l.status() == PaymentStatus.PENDING);
        check(
                lines,
                runId,
                new Filter(
                        GIAO_LONG.value(),
                        Category.DISABLED,
                        LineKind.DIFFERENCE,
                        PaymentChannel.BANK_TRANSFER,
                        PaymentStatus.PENDING,
                        "hung"),
                "commune_code = '" + GIAO_LONG.value() + "' and kind = 'DIFFERENCE' and person_id = " + hung.id(),
                l -> l.personId() == hung.id());

        assertThat(differences)
                .as("Decree 335: 40,000 x 1.5 for October, closed at 500,000")
                .filteredOn(l -> l.personId() == hung.id() && l.forMonth().equals(YearMonth.of(2026, 10)))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.amount()).isEqualTo(60_000L);
                    assertThat(l.correction()).isEqualTo(1);
                    assertThat(l.componentLabelKey()).isEqualTo("rate.annex.kind.ALLOWANCE");
                });
        assertThat(transfers).isNotEmpty().allMatch(l -> l.personId() == hung.id());
        assertThat(held).as("the month after the death, held").isNotEmpty().allMatch(l -> l.personId() == died.id());

        // a name, with or without diacritics, in any word order; a personal ID
        List<Line> hungs = check(
                lines,
                runId,
                new Filter(null, null, null, null, null, "hung lo van"),
                "person_id = " + hung.id(),
                l -> l.personId() == hung.id());
        assertThat(hungs).isNotEmpty().allMatch(l -> personalId.equals(l.personalId()));
        assertThat(all(lines, runId, new Filter(null, null, null, null, null, "Hùng Lò Văn")))
                .isEqualTo(hungs);
        assertThat(all(lines, runId, new Filter(null, null, null, null, null, "VĂN hùng")))
                .isEqualTo(hungs);
        assertThat(all(lines, runId, new Filter(null, null, null, null, null, personalId)))
                .isEqualTo(hungs);
        check(
                lines,
                runId,
                new Filter(null, null, null, null, null, "hung lo"),
                "person_id in (" + hung.id() + ", " + thiHung.id() + ")",
                l -> l.personId() == hung.id() || l.personId() == thiHung.id());
        assertThat(all(lines, runId, new Filter(null, null, null, null, null, "lo van thi hung")))
                .as("every word must match")
                .isEmpty();
        List<Line> paidToCaregiver = check(
                lines,
                runId,
                new Filter(null, null, null, null, null, "phuc tran thi"),
                "payee_person_id = " + caregiver.id(),
                l -> caregiver.fullName().equals(l.payeeName()));
        assertThat(paidToCaregiver)
                .as("the caregiver's allowance, on the mother's case, paid to the caregiver")
                .isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.personId()).isEqualTo(mother.id());
                    assertThat(l.componentLabelKey()).isEqualTo("rate.annex.kind.CAREGIVER");
                });
        assertThat(all(lines, runId, new Filter(null, null, null, null, null, "sau tran")))
                .as("the mother's own lines: allowance, supplement and the caregiver's")
                .extracting(Line::componentLabelKey)
                .contains("rate.annex.kind.ALLOWANCE", "rate.annex.kind.SUPPLEMENT", "rate.annex.kind.CAREGIVER");

        // approved only with the count and total the approver confirmed
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.run(
                        PayrollFixture.TREASURER,
                        "2026-12-01T03:00:00Z",
                        () -> new ApprovePayrollCommand(
                                runId, VINH_LONG, november.lineCount(), november.totalAmount() - 1)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("payroll.error.changedSinceShown");
        assertThat(fx.jdbc().row("select status from payroll_run where id = ?", runId))
                .containsEntry("status", "COMPUTED");
        fx.run(
                PayrollFixture.TREASURER,
                "2026-12-01T03:05:00Z",
                () -> new ApprovePayrollCommand(runId, VINH_LONG, november.lineCount(), november.totalAmount()));
        assertThat(fx.jdbc().row("select status from payroll_run where id = ?", runId))
                .containsEntry("status", "APPROVED");
        assertThat(lines.totals(runId, Filter.NONE))
                .as("the approved run shows the same lines")
                .isEqualTo(totals);
    }

    /**
     * The filter's rows are exactly the run's lines that {@code sqlCondition} selects, each satisfying
     * {@code each}; the count and the totals add them up.
     */
    private List<Line> check(PayrollLines lines, long runId, Filter filter, String sqlCondition, Predicate<Line> each) {
        List<Line> rows = all(lines, runId, filter);
        List<Long> expected = fx
                .jdbc()
                .rows("select id from payroll_line where run_id = ? and " + sqlCondition + " order by id", runId)
                .stream()
                .map(r -> ((Number) r.get("id")).longValue())
                .toList();
        assertThat(rows).as("%s", filter).allMatch(each);
        assertThat(rows.stream().map(Line::lineId).sorted().toList())
                .as("%s selects what SQL selects", filter)
                .isEqualTo(expected);
        PayrollLines.Totals totals = lines.totals(runId, filter);
        assertThat(totals.count()).isEqualTo(rows.size()).isEqualTo(lines.count(runId, filter));
        assertThat(totals.amount())
                .isEqualTo(rows.stream().mapToLong(Line::amount).sum());
        return rows;
    }

    /** Every line of the filter, read in pages of three. */
    private static List<Line> all(PayrollLines lines, long runId, Filter filter) {
        List<Line> rows = new ArrayList<>();
        for (int first = 0; ; first += 3) {
            List<Line> page = lines.page(runId, filter, first, 3);
            rows.addAll(page);
            if (page.size() < 3) {
                return rows;
            }
        }
    }

    private BenefitCase severe(Person person, String day) {
        return payroll.active(
                person,
                Category.DISABLED,
                SEVERE,
                day,
                CaseworkFixture.officerOf(person.communeCode()),
                CaseworkFixture.chairmanOf(person.communeCode()));
    }

    /** A meritorious case submitted by the commune's officer and decided by the province on the day. */
    private BenefitCase decided(Person person, Category category, Map<ProgrammeField, String> values, String day) {
        var application = fx.application(person, category, values, day + "T00:30:00Z");
        BenefitCase c = fx.run(
                CaseworkFixture.officerOf(person.communeCode()),
                day + "T01:00:00Z",
                () -> new SubmitCaseCommand(application.id(), person.communeCode()));
        fx.run(
                DIRECTOR,
                day + "T03:00:00Z",
                () -> new vn.ansinh.casework.application.ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        return fx.reload(c);
    }
}
