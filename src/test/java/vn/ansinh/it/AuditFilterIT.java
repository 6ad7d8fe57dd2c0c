package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.audit.application.AuditFilter;
import vn.ansinh.audit.application.AuditQuery;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.payment.application.CreatePayrollCommand;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.application.RecordPensionCommand;
import vn.ansinh.registry.application.RegisterPersonCommand;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.AuditOutcome;
import vn.ansinh.shared.command.AuditRecord;
import vn.ansinh.shared.command.RefusalReason;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The auditor's filters on the audit trail, on real rows of the real database: commands run (a person registered
 * late in the evening UTC, which is the next morning in Vietnam, their case submitted, a payroll run created) and
 * commands refused (an officer of another province, an auditor trying to write), read by the province of Điện Biên.
 */
class AuditFilterIT {

    private static final AdminUnitCode DIEN_BIEN = AdminUnitCode.of("11");
    private static final AdminUnitCode NGHE_AN = AdminUnitCode.of("40");
    private static final Actor AUDITOR =
            new Actor("auditor.dienbien", "Kiểm tra viên", Set.of(Role.AUDITOR), DIEN_BIEN);
    /** 23:30 UTC on 5 January: 06:30 on 6 January in Vietnam. */
    private static final String LATE_EVENING_UTC = "2026-01-05T23:30:00Z";

    private final CaseworkFixture fx = new CaseworkFixture();
    private final AuditQuery query = new AuditQuery(fx.em(), fx.units());

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPersonIsFoundByPersonalIdOrIdWithTheRowsOfTheirCasesAndApplications() {
        String personalId = DisclosureIT.personalId(1950, Sex.MALE);
        Person person = register("Lò Văn Kiểm", personalId, LATE_EVENING_UTC);
        BenefitCase c = fx.submitted(
                person, Category.DISABLED, Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE"), "2026-01-07T02:00:00Z");

        List<AuditRecord> byPersonalId = rows(new AuditFilter(personalId, null, null, null, null, null, null, null));
        List<AuditRecord> byId =
                rows(new AuditFilter(person.id().toString(), null, null, null, null, null, null, null));

        assertThat(byPersonalId)
                .extracting(AuditRecord::getAction)
                .contains("person.register", "application.open", "case.submit");
        assertThat(byPersonalId)
                .allSatisfy(r -> assertThat(r.getTargetId())
                        .isIn(person.id().toString(), c.id().toString(), String.valueOf(c.applicationId())));
        assertThat(byId).extracting(AuditRecord::getId).containsExactlyElementsOf(ids(byPersonalId));
        assertThat(count(new AuditFilter("000000000000", null, null, null, null, null, null, null)))
                .as("a personal ID nobody has")
                .isZero();
        assertThat(count(new AuditFilter("Lò Văn", null, null, null, null, null, null, null)))
                .as("a name is not a person filter: nothing rather than everything")
                .isZero();

        List<AuditRecord> ofCase = rows(new AuditFilter(null, c.id(), null, null, null, null, null, null));
        assertThat(ofCase).extracting(AuditRecord::getAction).containsExactly("case.submit");

        assertThat(rows(new AuditFilter(personalId, null, null, null, "person.register", null, null, null)))
                .singleElement()
                .satisfies(r -> assertThat(r.getActor()).isEqualTo("officer.tuangiao"));
    }

    @Test
    void daysAreVietnamDays() {
        String personalId = DisclosureIT.personalId(1951, Sex.MALE);
        register("Quàng Văn Sáng", personalId, LATE_EVENING_UTC);
        LocalDate sixth = LocalDate.of(2026, 1, 6);

        assertThat(count(new AuditFilter(personalId, null, null, null, null, null, sixth, sixth)))
                .as("06:30 on 6 January in Vietnam")
                .isEqualTo(1);
        assertThat(count(new AuditFilter(personalId, null, null, null, null, null, null, sixth.minusDays(1))))
                .as("not on 5 January, although it was still the 5th in UTC")
                .isZero();
        assertThat(count(new AuditFilter(personalId, null, null, null, null, null, sixth.plusDays(1), null)))
                .isZero();
    }

    @Test
    void refusalsAreFoundByActorAndOutcomeWithTheirReasonAsAKeyAndParameters() {
        Person person = register("Lường Văn Phong", DisclosureIT.personalId(1952, Sex.MALE), "2026-01-08T02:00:00Z");
        int before = count(
                new AuditFilter(null, null, null, "officer.quyhop", "person.pension", AuditOutcome.DENIED, null, null));

        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.OFFICER_QUY_HOP,
                        "2026-01-08T03:00:00Z",
                        () -> new RecordPensionCommand(person.id(), CaseworkFixture.TUAN_GIAO, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.run(
                        AUDITOR,
                        "2026-01-08T03:05:00Z",
                        () -> new RecordPensionCommand(person.id(), CaseworkFixture.TUAN_GIAO, false)))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditRecord> outside = rows(
                new AuditFilter(null, null, null, "officer.quyhop", "person.pension", AuditOutcome.DENIED, null, null));
        assertThat(outside).hasSize(before + 1);
        assertThat(outside.get(0).getReasonKeyed()).isEqualTo(RefusalReason.of("audit.refusal.unit", "17035", "03253"));
        assertThat(outside.get(0).getReason()).as("the English detail is kept").contains("does not cover");

        AuditRecord byAuditor = rows(new AuditFilter(
                        null, null, null, "auditor.dienbien", null, AuditOutcome.DENIED, null, null))
                .get(0);
        assertThat(byAuditor.getAction()).isEqualTo("person.pension");
        assertThat(byAuditor.getReasonKeyed()).isEqualTo(RefusalReason.of("audit.refusal.role", "auditor"));

        assertThat(rows(new AuditFilter(null, null, null, "officer.quyhop", null, AuditOutcome.SUCCEEDED, null, null)))
                .as("Quỳ Hợp's own successes are Nghệ An's, not Điện Biên's")
                .isEmpty();
    }

    @Test
    void aRunIsFoundByItsIdAndTheActionsOfferedAreThoseOfTheReadersRows() {
        YearMonth month = aMonthWithoutRun();
        PayrollRun run = fx.run(
                CaseworkFixture.OFFICER_TUAN_GIAO,
                "2026-01-09T02:00:00Z",
                () -> new CreatePayrollCommand(CaseworkFixture.TUAN_GIAO, month, fx.units()));

        assertThat(rows(new AuditFilter(null, null, run.id(), null, null, null, null, null)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.getAction()).isEqualTo("payroll.create");
                    assertThat(r.getAfterValue()).contains(month.toString());
                });
        assertThat(query.actions(UnitScope.of(DIEN_BIEN, fx.units())))
                .contains("payroll.create", "person.register")
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(query.count(
                        UnitScope.of(NGHE_AN, fx.units()),
                        new AuditFilter(null, null, run.id(), null, null, null, null, null)))
                .as("another province's reader")
                .isZero();
    }

    private List<AuditRecord> rows(AuditFilter filter) {
        return query.page(UnitScope.of(DIEN_BIEN, fx.units()), filter, 0, 100);
    }

    private int count(AuditFilter filter) {
        int count = query.count(UnitScope.of(DIEN_BIEN, fx.units()), filter);
        assertThat(rows(filter)).as("count and page agree").hasSize(Math.min(count, 100));
        return count;
    }

    private static List<Long> ids(List<AuditRecord> rows) {
        return rows.stream().map(AuditRecord::getId).toList();
    }

    private YearMonth aMonthWithoutRun() {
        for (int i = 0; i < 600; i++) {
            YearMonth month = YearMonth.of(1990, 1).plusMonths(i);
            if (fx.jdbc()
                            .countOf(
                                    "select count(*) from payroll_run where unit_code = ? and pay_month = ?",
                                    CaseworkFixture.TUAN_GIAO.value(),
                                    month.atDay(1))
                    == 0) {
                return month;
            }
        }
        throw new AssertionError("no free month for a test run");
    }

    private Person register(String name, String personalId, String instant) {
        AdminUnit commune = fx.units().currentCommune(CaseworkFixture.TUAN_GIAO).orElseThrow();
        Residence residence = Residence.of(commune, fx.units().parentOf(commune).orElseThrow());
        PersonDetails details = new PersonDetails(
                name,
                PartialDate.of(1900 + Integer.parseInt(personalId.substring(4, 6))),
                Sex.MALE,
                Ethnicity.THAI,
                PersonalId.of(personalId),
                null,
                null,
                null,
                "Bản Co Cượm");
        return fx.run(
                CaseworkFixture.OFFICER_TUAN_GIAO,
                instant,
                () -> new RegisterPersonCommand(details, residence, true, 101));
    }
}
