package vn.ansinh.it;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.account.application.RecordAccountStepCommand;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.FoundHouseholdCommand;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Area;
import vn.ansinh.registry.domain.Household;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;

/**
 * The objects every page is opened on, built on the running app's database through the app's own
 * commands: a person who has everything and a person who has nothing. The rich one heads a household,
 * applied with a scanned document, was decided a disability allowance from August 2025 (chairman of
 * the commune), has a verified bank account with its events, was paid August 2025 monthly and
 * September as arrears in the October payroll (both approved), and died on 20 Sep 2025, recorded in
 * November after October was paid out: recording it proposes the termination and opens the
 * funeral-support case; the chairman's termination decision raises the recovery item for October.
 */
final class RichPersonFixture {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    /** The ids a page path may name: {person}, {household}, {application}, {case}, {run}. */
    record Subject(String name, Map<String, Long> ids) {

        String fill(String path) {
            String filled = path;
            for (Map.Entry<String, Long> id : ids.entrySet()) {
                filled = filled.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
            }
            return filled;
        }

        boolean canFill(String path) {
            return !fill(path).contains("{");
        }
    }

    /** The subjects of Tuần Giáo and of Quỳ Hợp, each the rich person first, then the empty one. */
    record Subjects(List<Subject> tuanGiao, List<Subject> quyHop) {}

    private static Subjects onTheApp;

    private final CaseworkFixture fx;
    private final PayrollFixture payroll;

    RichPersonFixture(CaseworkFixture fx) {
        this.fx = fx;
        this.payroll = new PayrollFixture(fx);
    }

    /**
     * The subjects on the running app's database, built through its commands once per test JVM (any browser
     * test may open its pages on them; none changes them).
     */
    static synchronized Subjects onTheApp() {
        if (onTheApp == null) {
            try (CaseworkFixture fx = new CaseworkFixture(
                    TestStack.appData(), new TestDatabase(TestStack.app().database()))) {
                RichPersonFixture data = new RichPersonFixture(fx);
                List<Subject> tuanGiao = List.of(
                        data.rich(CaseworkFixture.TUAN_GIAO, CaseworkFixture.CHAIRMAN_TUAN_GIAO),
                        data.empty(CaseworkFixture.TUAN_GIAO));
                List<Subject> quyHop = List.of(
                        data.rich(CaseworkFixture.QUY_HOP, CaseworkFixture.CHAIRMAN_QUY_HOP),
                        data.empty(CaseworkFixture.QUY_HOP));
                onTheApp = new Subjects(tuanGiao, quyHop);
            }
        }
        return onTheApp;
    }

    /** A person of the commune who has everything (see the class comment). */
    Subject rich(AdminUnitCode commune, Actor chairman) {
        Actor officer = CaseworkFixture.officerOf(commune);
        Person person = fx.person(commune, "Lường Văn Đủ", PartialDate.of(1958), Sex.MALE);
        AdminUnit unit = fx.units().currentCommune(commune).orElseThrow();
        Household household = fx.run(
                officer,
                "2025-07-20T02:00:00Z",
                () -> new FoundHouseholdCommand(
                        person.id(),
                        Residence.of(unit, fx.units().parentOf(unit).orElseThrow()),
                        Area.RURAL,
                        "Bản Co Cượm"));
        for (AccountStep step : new AccountStep[] {AccountStep.OPEN, AccountStep.REGISTER, AccountStep.VERIFY}) {
            fx.run(
                    officer,
                    "2025-07-25T02:00:00Z",
                    () -> new RecordAccountStepCommand(
                            person.id(),
                            commune,
                            step,
                            LocalDate.of(2025, 7, 24),
                            step.requiresAccountDetails() ? BankCode.of("VBSP") : null,
                            step.requiresAccountDetails() ? AccountNumber.of("0123456789") : null,
                            "Sổ tài khoản"));
        }
        BenefitCase benefit = payroll.active(person, Category.DISABLED, SEVERE, "2025-08-04", officer, chairman);
        payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2025, 8)), 50_000));
        PayrollRun october = payroll.approve(payroll.compute(payroll.create(commune, YearMonth.of(2025, 10)), 50_000));
        paidOut(
                benefit,
                "2025-10-25"); // August, September's arrears and October paid, as the bank's result leaves them
        fx.run(
                officer,
                "2025-11-05T02:00:00Z",
                () -> new RecordDeathCommand(person.id(), commune, LocalDate.of(2025, 9, 20)));
        // the death is a termination proposal until the chairman signs it; the signature raises the recovery item
        fx.signStop(benefit, chairman, "2025-11-06T02:00:00Z");
        payroll.compute(payroll.create(commune, YearMonth.of(2025, 11)), 50_000);
        requireLines(person, "MONTHLY", "ARREARS");
        if (fx.jdbc().countOf("select count(*) from recovery_item where person_id = ?", person.id()) == 0) {
            throw new IllegalStateException("the fixture should have raised a recovery item");
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("person", person.id());
        ids.put("household", household.id());
        ids.put("application", benefit.applicationId());
        ids.put("case", benefit.id());
        ids.put("run", october.id());
        ids.put(
                "line",
                fx.jdbc()
                        .countOf(
                                "select min(id) from payroll_line where person_id = ? and kind = 'MONTHLY'",
                                person.id()));
        return new Subject("rich person " + person.id(), ids);
    }

    /** A person just registered, with nothing else. */
    Subject empty(AdminUnitCode commune) {
        Person person = fx.person(commune, "Lò Thị Mới", PartialDate.of(1995), Sex.FEMALE);
        return new Subject("empty person " + person.id(), Map.of("person", person.id()));
    }

    private void paidOut(BenefitCase benefit, String on) {
        try (var connection = fx.jdbc().connect();
                var paid = connection.prepareStatement(
                        "update payroll_line set payment_status = 'PAID', paid_on = ? where case_id = ?")) {
            paid.setString(1, on);
            paid.setLong(2, benefit.id());
            paid.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireLines(Person person, String... kinds) {
        for (String kind : kinds) {
            if (fx.jdbc()
                            .countOf(
                                    "select count(*) from payroll_line where person_id = ? and kind = ?",
                                    person.id(),
                                    kind)
                    == 0) {
                throw new IllegalStateException("the fixture should have paid a " + kind + " line");
            }
        }
    }
}
