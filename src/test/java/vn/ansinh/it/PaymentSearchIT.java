package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.application.PaymentCriteria;
import vn.ansinh.payment.application.PaymentSearch;
import vn.ansinh.payment.web.PaymentSearchExport;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The auditors' payment search on real payrolls of two provinces (Điện Biên and Nghệ An, January and February
 * 2032): a name in any word order and with or without diacritics, a personal ID, a decision number, an account
 * shared by two people (and by a third in the other province), month and amount ranges; an auditor of Điện
 * Biên never sees a line of Nghệ An; the Excel file holds exactly the lines the search finds, in its order.
 */
class PaymentSearchIT {

    private static final AdminUnitCode NA_TAU = AdminUnitCode.of("03316");
    private static final AdminUnitCode MUONG_LAN = AdminUnitCode.of("03313");
    private static final AdminUnitCode CHAU_HONG = AdminUnitCode.of("17044");
    private static final YearMonth JAN = YearMonth.of(2032, 1);
    private static final YearMonth FEB = YearMonth.of(2032, 2);
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");
    private static final Map<ProgrammeField, String> PARTICULARLY_SEVERE =
            Map.of(ProgrammeField.DISABILITY_LEVEL, "PARTICULARLY_SEVERE");
    private static final Actor AUDITOR_DIEN_BIEN =
            new Actor("auditor.dienbien", "Lường Thị Kiểm", Set.of(Role.AUDITOR), AdminUnitCode.of("11"));
    private static final Actor AUDITOR_NATIONAL =
            new Actor("auditor.national", "Trần Quốc Toán", Set.of(Role.AUDITOR), AdminUnitCode.NATIONAL);

    private final CaseworkFixture fx = new CaseworkFixture();
    private final PayrollFixture payroll = new PayrollFixture(fx);
    private final PaymentSearch search = new PaymentSearch(fx.em());

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anAuditorFindsPaymentsByNameIdDecisionAccountMonthsAndAmountOnlyInHerProvince() throws Exception {
        String account = "9704" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        BenefitCase hung = severe(NA_TAU, "Lò Văn Hùng", Sex.MALE);
        BenefitCase mai = disabled(NA_TAU, "Lò Thị Mai", Sex.FEMALE, PARTICULARLY_SEVERE);
        BenefitCase thiHung = severe(MUONG_LAN, "Lò Thị Hùng", Sex.FEMALE);
        BenefitCase elsewhere = severe(CHAU_HONG, "Lò Văn Hùng", Sex.MALE);
        String personalId = "011080" + String.format("%06d", System.nanoTime() % 1_000_000L);
        fx.jdbc().execute("UPDATE person SET personal_id = ? WHERE id = ?", personalId, hung.personId());
        for (BenefitCase c : List.of(hung, mai, elsewhere)) {
            verifiedAccount(c, account);
        }
        for (AdminUnitCode commune : List.of(NA_TAU, MUONG_LAN, CHAU_HONG)) {
            payroll.approve(payroll.compute(payroll.create(commune, JAN), 50_000));
            payroll.compute(payroll.create(commune, FEB), 50_000);
        }
        // January's transfers reached the account (as a bank result records them)
        fx.jdbc()
                .execute(
                        "UPDATE payroll_line SET payment_status = 'PAID', paid_on = '2032-01-20'"
                                + " WHERE account_no = ? AND for_month = '2032-01-01'",
                        account);
        UnitScope dienBien = UnitScope.of(AUDITOR_DIEN_BIEN, fx.units());
        UnitScope country = UnitScope.of(AUDITOR_NATIONAL, fx.units());
        String unique = fx.jdbc()
                .row("SELECT full_name FROM person WHERE id = ?", hung.personId())
                .get("full_name")
                .toString()
                .replace("Lò Văn Hùng ", "");

        // the name, in any word order, with or without diacritics, in any case
        for (String typed : List.of("Hùng Lò Văn " + unique, "hung lo van " + unique, "LÒ VĂN HÙNG " + unique)) {
            assertThat(personIds(byName(typed, null, null), dienBien))
                    .as("«%s»", typed)
                    .containsOnly(hung.personId());
        }
        List<PaymentSearch.Row> lvh = rows(byName("hung lo van", JAN, FEB), dienBien);
        assertThat(lvh).extracting(PaymentSearch.Row::personId).contains(hung.personId());
        assertThat(lvh)
                .as("every word must be in the name: Lò Thị Hùng has no «văn»")
                .extracting(PaymentSearch.Row::personId)
                .doesNotContain(thiHung.personId(), mai.personId())
                .as("the jurisdiction: the Lò Văn Hùng of Nghệ An is not read by Điện Biên")
                .doesNotContain(elsewhere.personId());
        assertThat(lvh)
                .allSatisfy(r -> assertThat(
                                fx.units().covers(AdminUnitCode.of("11"), AdminUnitCode.of(r.communeCode())))
                        .as("line %s of commune %s", r.lineId(), r.communeCode())
                        .isTrue());
        assertThat(personIds(byName("hung lo van", JAN, FEB), country))
                .as("the country sees both")
                .contains(hung.personId(), elsewhere.personId())
                .doesNotContain(thiHung.personId());

        // the personal ID
        assertThat(personIds(criteria(personalId, null, null, null, null, null, null, null), dienBien))
                .containsOnly(hung.personId());

        // the decision number: every line it produced, and nothing else
        String number = fx.jdbc()
                .row("SELECT number FROM decision WHERE case_id = ? ORDER BY id DESC LIMIT 1", hung.id())
                .get("number")
                .toString();
        long decisionId = ((Number) fx.jdbc()
                        .row("SELECT id FROM decision WHERE case_id = ? ORDER BY id DESC LIMIT 1", hung.id())
                        .get("id"))
                .longValue();
        List<PaymentSearch.Row> byNumber = rows(criteria(null, null, number, null, null, null, null, null), dienBien);
        assertThat(byNumber).allSatisfy(r -> assertThat(r.decisionNumber()).isEqualTo(number));
        assertThat(byNumber)
                .extracting(PaymentSearch.Row::lineId)
                .containsAll(lineIds(hung))
                .doesNotContainAnyElementsOf(lineIds(elsewhere));
        assertThat(rows(
                        new PaymentCriteria(
                                null, null, null, decisionId, null, null, null, null, null, null, null, null, null),
                        dienBien))
                .extracting(PaymentSearch.Row::lineId)
                .containsExactlyInAnyOrderElementsOf(lineIds(hung));

        // the account shared by two people of Điện Biên (and one of Nghệ An): both, their lines, their totals
        PaymentCriteria byAccount = criteria(null, null, null, account, null, null, null, null);
        assertThat(rows(byAccount, dienBien))
                .extracting(PaymentSearch.Row::lineId)
                .containsExactlyInAnyOrderElementsOf(concat(lineIds(hung), lineIds(mai)));
        List<PaymentSearch.Payee> payees = search.payees(byAccount, dienBien);
        assertThat(payees).extracting(PaymentSearch.Payee::personId).containsExactly(mai.personId(), hung.personId());
        assertThat(payees.get(1).lines()).isEqualTo(lineIds(hung).size());
        assertThat(payees.get(1).amount()).isEqualTo(sum(hung));
        PaymentSearch.Totals accountTotals = search.totals(byAccount, dienBien);
        assertThat(accountTotals.count())
                .isEqualTo(lineIds(hung).size() + lineIds(mai).size());
        assertThat(accountTotals.amount()).isEqualTo(sum(hung) + sum(mai));
        assertThat(search.payees(byAccount, country))
                .extracting(PaymentSearch.Payee::personId)
                .containsExactlyInAnyOrder(hung.personId(), mai.personId(), elsewhere.personId());

        // the month range is the month the money is for
        List<PaymentSearch.Row> february = rows(criteria(null, null, null, account, FEB, FEB, null, null), dienBien);
        assertThat(february)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.forMonth()).isEqualTo(FEB));
        assertThat(february).extracting(PaymentSearch.Row::personId).contains(hung.personId(), mai.personId());

        // the amount range: the severe allowance of Hùng (540,000 x 1.5) and the particularly severe of Mai (x 2.0)
        long hungAmount = rows(personCriteria(hung), dienBien).get(0).amount();
        long maiAmount = rows(personCriteria(mai), dienBien).get(0).amount();
        assertThat(maiAmount).isGreaterThan(hungAmount);
        assertThat(rows(criteria(null, null, null, account, null, null, hungAmount, hungAmount), dienBien))
                .extracting(PaymentSearch.Row::lineId)
                .containsExactlyInAnyOrderElementsOf(lineIds(hung));
        assertThat(rows(criteria(null, null, null, account, null, null, hungAmount + 1, null), dienBien))
                .extracting(PaymentSearch.Row::lineId)
                .containsExactlyInAnyOrderElementsOf(lineIds(mai));
        assertThat(rows(criteria(null, null, null, account, JAN, JAN, null, maiAmount - 1), dienBien))
                .extracting(PaymentSearch.Row::personId, PaymentSearch.Row::forMonth, PaymentSearch.Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        hung.personId(), JAN, vn.ansinh.payment.domain.PaymentStatus.PAID));
        assertThat(search.totals(criteria(null, null, null, account, null, null, 1L, 0L), dienBien)
                        .count())
                .as("an empty range finds nothing (the page refuses it first)")
                .isZero();

        // paged in SQL, newest month first
        List<PaymentSearch.Row> all = rows(byAccount, dienBien);
        assertThat(search.page(byAccount, dienBien, 1, 2)).isEqualTo(all.subList(1, Math.min(3, all.size())));
        assertThat(all)
                .extracting(PaymentSearch.Row::forMonth)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // the Excel file: the same lines, in the same order, under the filter
        PaymentCriteria exported = byName("hung lo van", JAN, FEB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = new PaymentSearchExport(search, code -> code.value(), Locale.forLanguageTag("vi"))
                .write(exported, dienBien, out);
        List<PaymentSearch.Row> expected = rows(exported, dienBien);
        assertThat(written).isEqualTo(expected.size());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tra cứu chi trả");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .contains("Họ tên: hung lo van")
                    .contains("Tháng hưởng 01/2032 – 02/2032")
                    .contains("Phạm vi: 11");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Người hưởng");
            List<Long> lines = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                lines.add((long) row.getCell(13).getNumericCellValue());
                PaymentSearch.Row shown = expected.get(r - 3);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(shown.personName());
                assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(shown.amount());
                assertThat(row.getCell(3).getStringCellValue())
                        .isEqualTo(String.format(
                                "%02d/%d",
                                shown.forMonth().getMonthValue(),
                                shown.forMonth().getYear()));
            }
            assertThat(lines)
                    .containsExactlyElementsOf(
                            expected.stream().map(PaymentSearch.Row::lineId).toList());
        }
    }

    private BenefitCase severe(AdminUnitCode commune, String name, Sex sex) {
        return disabled(commune, name, sex, SEVERE);
    }

    private BenefitCase disabled(AdminUnitCode commune, String name, Sex sex, Map<ProgrammeField, String> level) {
        Person person = fx.person(commune, name, PartialDate.of(1980, 4, 4), sex);
        return payroll.active(
                person,
                Category.DISABLED,
                level,
                "2031-12-10",
                CaseworkFixture.officerOf(commune),
                CaseworkFixture.chairmanOf(commune));
    }

    private void verifiedAccount(BenefitCase c, String account) {
        fx.jdbc()
                .execute(
                        "INSERT INTO ss_account (person_id, status, bank_code, account_no, commune_code, province_code,"
                                + " opened_on, registered_on, verified_on, updated_at, updated_by)"
                                + " SELECT id, 'VERIFIED', 'AGRIBANK', ?, commune_code, province_code, '2031-11-01',"
                                + " '2031-11-02', '2031-11-03', UTC_TIMESTAMP(6), 'test' FROM person WHERE id = ?",
                        account,
                        c.personId());
    }

    private static PaymentCriteria personCriteria(BenefitCase c) {
        return new PaymentCriteria(
                null, null, null, null, null, null, null, null, c.personId(), null, null, null, null);
    }

    private static PaymentCriteria byName(String name, YearMonth from, YearMonth to) {
        return criteria(null, name, null, null, from, to, null, null);
    }

    private static PaymentCriteria criteria(
            String personalId,
            String name,
            String decisionNumber,
            String account,
            YearMonth from,
            YearMonth to,
            Long min,
            Long max) {
        return new PaymentCriteria(
                personalId, name, decisionNumber, null, null, null, null, account, null, from, to, min, max);
    }

    private List<PaymentSearch.Row> rows(PaymentCriteria criteria, UnitScope scope) {
        return search.page(criteria, scope, 0, 10_000);
    }

    private List<Long> personIds(PaymentCriteria criteria, UnitScope scope) {
        return rows(criteria, scope).stream()
                .map(PaymentSearch.Row::personId)
                .distinct()
                .toList();
    }

    private List<Long> lineIds(BenefitCase c) {
        return fx.jdbc().rows("SELECT id FROM payroll_line WHERE case_id = ?", c.id()).stream()
                .map(r -> ((Number) r.get("id")).longValue())
                .toList();
    }

    private long sum(BenefitCase c) {
        return ((Number) fx.jdbc()
                        .row("SELECT COALESCE(SUM(amount), 0) AS s FROM payroll_line WHERE case_id = ?", c.id())
                        .get("s"))
                .longValue();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
