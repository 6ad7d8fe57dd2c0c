package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.population.application.CommunePeople;
import vn.ansinh.population.application.PopulationReviewList;
import vn.ansinh.population.application.PopulationReviewRow;
import vn.ansinh.population.application.RecordPopulationChecksCommand;
import vn.ansinh.population.domain.CheckOutcome;
import vn.ansinh.population.domain.Mismatch;
import vn.ansinh.population.domain.PopulationAnswer;
import vn.ansinh.population.domain.PopulationField;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Category;

/**
 * The population database's answers recorded on the real database: the latest answer per person with its day, a
 * "deceased" answer raising an alert on the running case that the officer confirms (nothing stops by itself), the
 * review list of the jurisdiction, and answers about another commune's people refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationCheckIT {

    static final AdminUnitCode TUAN_GIAO = CaseworkFixture.TUAN_GIAO;
    static final AdminUnitCode QUY_HOP = CaseworkFixture.QUY_HOP;
    static final String MORNING = "2026-11-02T02:00:00Z";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private CaseworkFixture fx;
    private long matches;
    private long misspelt;
    private long dead;
    private long unknown;
    private long elsewhere;
    private BenefitCase deadCase;

    @BeforeAll
    void scenario() {
        fx = new CaseworkFixture();
        PayrollFixture payroll = new PayrollFixture(fx);
        matches = person(TUAN_GIAO, "Lò Văn Pọm");
        misspelt = person(TUAN_GIAO, "Lường Văn Xom");
        unknown = person(TUAN_GIAO, "Không Có Số");
        Person deadPerson = fx.person(TUAN_GIAO, "Quàng Thị Ún", PartialDate.of(1940, 2, 2), Sex.FEMALE);
        fx.withoutPension(deadPerson, "2025-07-01T01:00:00Z");
        deadCase = payroll.active(
                deadPerson,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2025-07-15",
                CaseworkFixture.officerOf(TUAN_GIAO),
                CaseworkFixture.chairmanOf(TUAN_GIAO));
        dead = deadPerson.id();
        elsewhere = person(QUY_HOP, "Vi Văn Khác");
    }

    @AfterAll
    void close() {
        fx.close();
    }

    private long person(AdminUnitCode commune, String name) {
        Person p = fx.person(commune, name, PartialDate.of(1950, 5, 5), Sex.MALE);
        String id = String.format("011%09d", (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 1_000_000_000L);
        fx.jdbc().execute("update person set personal_id = ? where id = ?", id, p.id());
        return p.id();
    }

    private RecordPopulationChecksCommand.Recorded record(String instant, List<PopulationAnswer> answers) {
        return fx.run(
                CaseworkFixture.officerOf(TUAN_GIAO),
                instant,
                () -> new RecordPopulationChecksCommand(TUAN_GIAO, answers));
    }

    private List<PopulationAnswer> answers() {
        return List.of(
                PopulationAnswer.found(
                        String.valueOf(matches), List.of(PopulationField.values()), List.of(), false, null),
                PopulationAnswer.found(
                        String.valueOf(misspelt),
                        List.of(PopulationField.SEX),
                        List.of(new Mismatch(PopulationField.FULL_NAME, "Lường Văn Xôm")),
                        false,
                        null),
                PopulationAnswer.found(String.valueOf(dead), List.of(), List.of(), true, LocalDate.of(2026, 10, 2)),
                PopulationAnswer.notFound(String.valueOf(unknown)));
    }

    @Test
    void answersAreKeptPerPersonWithTheirDayAndADeathRaisesOneAlertThatStopsNothing() {
        RecordPopulationChecksCommand.Recorded first = record(MORNING, answers());
        RecordPopulationChecksCommand.Recorded again = record("2026-11-03T02:00:00Z", answers());

        assertThat(first.count(CheckOutcome.MATCHED)).isEqualTo(1);
        assertThat(first.alertsRaised()).isEqualTo(1);
        assertThat(again.alertsRaised()).isZero();
        assertThat(fx.jdbc()
                        .row(
                                "select outcome, mismatches, checked_on from population_check where person_id = ?",
                                misspelt))
                .containsEntry("outcome", "MISMATCHED")
                .containsEntry("checked_on", Date.valueOf("2026-11-03"));
        assertThat((String) fx.jdbc()
                        .row("select mismatches from population_check where person_id = ?", misspelt)
                        .get("mismatches"))
                .contains("Lường Văn Xôm");
        assertThat(fx.jdbc().row("select outcome, death_date from population_check where person_id = ?", dead))
                .containsEntry("outcome", "DECEASED")
                .containsEntry("death_date", Date.valueOf("2026-10-02"));
        assertThat(fx.jdbc()
                        .rows(
                                "select case_id, due_on, resolved_at from case_alert where kind = 'PERSON_DECEASED' and person_id = ?",
                                dead))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(((Number) alert.get("case_id")).longValue()).isEqualTo(deadCase.id());
                    assertThat(alert.get("due_on")).isEqualTo(Date.valueOf("2026-10-02"));
                    assertThat(alert.get("resolved_at")).isNull();
                });
        assertThat(fx.jdbc().row("select date_of_death from person where id = ?", dead))
                .containsEntry("date_of_death", null);
        assertThat(fx.jdbc().row("select status from benefit_case where id = ?", deadCase.id()))
                .containsEntry("status", "ACTIVE");
        assertThat(fx.jdbc().latestAudit("population.check"))
                .containsEntry("outcome", "SUCCEEDED")
                .containsEntry("actor", CaseworkFixture.officerOf(TUAN_GIAO).username());
    }

    @Test
    void theReviewListShowsWhatNeedsALookInsideTheJurisdictionOnly() {
        record(MORNING, answers());

        List<PopulationReviewRow> tuanGiao =
                new PopulationReviewList(fx.em(), UnitScope.of(TUAN_GIAO, fx.units())).page(0, 500);
        List<PopulationReviewRow> quyHop =
                new PopulationReviewList(fx.em(), UnitScope.of(QUY_HOP, fx.units())).page(0, 500);

        assertThat(tuanGiao)
                .extracting(PopulationReviewRow::personId)
                .contains(misspelt, dead, unknown)
                .doesNotContain(matches);
        assertThat(tuanGiao)
                .filteredOn(r -> r.personId() == misspelt)
                .singleElement()
                .satisfies(r -> assertThat(r.mismatches())
                        .containsExactly(new Mismatch(PopulationField.FULL_NAME, "Lường Văn Xôm")));
        assertThat(quyHop).extracting(PopulationReviewRow::personId).doesNotContain(misspelt, dead, unknown);
    }

    @Test
    void anotherCommunesOfficerIsRefusedAndAnAnswerAboutAnotherCommunesPersonRecordsNothing() {
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.officerOf(QUY_HOP),
                        MORNING,
                        () -> new RecordPopulationChecksCommand(TUAN_GIAO, answers())))
                .isInstanceOf(AccessDeniedException.class);
        long before = fx.jdbc().countOf("select count(*) from population_check where person_id = ?", elsewhere);

        assertThatThrownBy(() -> record(MORNING, List.of(PopulationAnswer.notFound(String.valueOf(elsewhere)))))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(fx.jdbc().countOf("select count(*) from population_check where person_id = ?", elsewhere))
                .isEqualTo(before)
                .isZero();
    }

    @Test
    void recordingTheDeathTheDatabaseReportedIsTheOfficersConfirmationAndClosesTheAlert() {
        PayrollFixture payroll = new PayrollFixture(fx);
        Person person = fx.person(TUAN_GIAO, "Lò Thị Mất", PartialDate.of(1938, 4, 4), Sex.FEMALE);
        fx.withoutPension(person, "2025-07-01T01:00:00Z");
        BenefitCase c = payroll.active(
                person,
                Category.ELDERLY_80_NO_PENSION,
                Map.of(),
                "2025-07-15",
                CaseworkFixture.officerOf(TUAN_GIAO),
                CaseworkFixture.chairmanOf(TUAN_GIAO));
        record(
                MORNING,
                List.of(PopulationAnswer.found(
                        String.valueOf(person.id()), List.of(), List.of(), true, LocalDate.of(2026, 10, 20))));
        String alertOpen = "select count(*) from case_alert where kind = 'PERSON_DECEASED' and case_id = ? "
                + "and resolved_at is null";
        assertThat(fx.jdbc().countOf(alertOpen, c.id())).isEqualTo(1);

        fx.run(
                CaseworkFixture.officerOf(TUAN_GIAO),
                "2026-11-04T02:00:00Z",
                () -> new RecordDeathCommand(person.id(), TUAN_GIAO, LocalDate.of(2026, 10, 20)));

        assertThat(fx.jdbc().countOf(alertOpen, c.id())).isZero();
        assertThat(fx.jdbc()
                        .row(
                                "select resolved_by from case_alert where kind = 'PERSON_DECEASED' and case_id = ?",
                                c.id()))
                .containsEntry(
                        "resolved_by", CaseworkFixture.officerOf(TUAN_GIAO).username());
        assertThat(fx.jdbc().row("select date_of_death from person where id = ?", person.id()))
                .containsEntry("date_of_death", Date.valueOf("2026-10-20"));
    }

    @Test
    void aCommuneCheckAsksAboutItsLivingPeopleWithAPersonalIdOnly() {
        long recordedDead = person(TUAN_GIAO, "Lò Văn Đã Mất");
        fx.jdbc().execute("update person set date_of_death = ? where id = ?", Date.valueOf("2026-01-10"), recordedDead);
        long withoutId = dead; // registered without a personal ID
        var people = new CommunePeople(fx.em());

        assertThat(people.queries(TUAN_GIAO))
                .extracting(q -> q.personId())
                .contains(matches, misspelt, unknown)
                .doesNotContain(withoutId, recordedDead, elsewhere);
        assertThat(people.queries(TUAN_GIAO))
                .filteredOn(q -> q.personId() == misspelt)
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.fullName()).startsWith("Lường Văn Xom");
                    assertThat(q.birthDate()).isEqualTo("1950-05-05");
                    assertThat(q.residence()).isEqualTo(TUAN_GIAO.value());
                });
        assertThat(people.references(TUAN_GIAO))
                .contains(String.valueOf(dead), String.valueOf(matches))
                .doesNotContain(String.valueOf(elsewhere));
    }
}
