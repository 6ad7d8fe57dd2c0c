package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.alert.application.AlertScan;
import vn.ansinh.alert.application.ScanResult;
import vn.ansinh.alert.domain.AlertKind;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.shared.kernel.Category;

/**
 * The alert scan against the real database, on fixed days. The database is shared by all ITs of a
 * run, so each test makes its own people and cases and looks only at the alerts of those cases.
 */
class AlertScanIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 10);

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theScanOnAFixedDayRaisesExactlyTheDueAlertsOnceAndClosesADecisionThatIsNoLongerOverdue() {
        LocalDate recently = TODAY.minusMonths(3);
        long childIn10Days = running(Category.CHILD_WITHOUT_SUPPORT, "ACTIVE")
                .born(2010, 8, 20)
                .insert(db.jdbc());
        long childIn60Days = running(Category.CHILD_WITHOUT_SUPPORT, "ACTIVE")
                .born(2010, 10, 9)
                .insert(db.jdbc());
        long childDayUnknown = running(Category.CHILD_WITHOUT_SUPPORT, "SUSPENDED")
                .born(2010, 9, null)
                .insert(db.jdbc());
        long youth =
                running(Category.YOUTH_IN_EDUCATION, "ACTIVE").born(2003, 8, 25).insert(db.jdbc());
        long turns80 =
                running(Category.ELDERLY_POOR_ALONE, "ACTIVE").born(1946, 8, 15).insert(db.jdbc());
        long turns75 = running(Category.ELDERLY_75_DIFFICULT_AREA, "APPROVED")
                .born(1951, 9, 5)
                .insert(db.jdbc());
        long warInvalidTurns80 =
                running(Category.WAR_INVALID, "ACTIVE").born(1946, 8, 20).insert(db.jdbc());
        long staleReview = AlertCase.of(Category.SINGLE_PARENT_POOR, "ACTIVE")
                .born(1990, 1, 15)
                .reviewed(LocalDate.of(2025, 7, 1))
                .insert(db.jdbc());
        long staleDecision = AlertCase.of(Category.DISABLED, "ACTIVE")
                .decided(LocalDate.of(2025, 6, 20))
                .insert(db.jdbc());
        long overdue = AlertCase.of(Category.SINGLE_PARENT_POOR, "SUBMITTED")
                .submitted(TODAY.minusDays(14), TODAY.minusDays(1))
                .insert(db.jdbc());
        long postedOverdue = AlertCase.of(Category.DISABLED, "POSTED")
                .submitted(TODAY.minusDays(30), LocalDate.of(2026, 8, 1))
                .insert(db.jdbc());
        long dueToday = AlertCase.of(Category.DISABLED, "SUBMITTED")
                .submitted(TODAY.minusDays(14), TODAY)
                .insert(db.jdbc());
        long rejectedChild = AlertCase.of(Category.CHILD_WITHOUT_SUPPORT, "REJECTED")
                .born(2010, 8, 20)
                .decided(LocalDate.of(2024, 1, 5))
                .insert(db.jdbc());
        long withdrawnChild = AlertCase.of(Category.CHILD_WITHOUT_SUPPORT, "WITHDRAWN")
                .born(2010, 8, 21)
                .insert(db.jdbc());
        long deceasedChild = running(Category.CHILD_WITHOUT_SUPPORT, "ACTIVE")
                .born(2010, 8, 25)
                .died(LocalDate.of(2026, 5, 1))
                .insert(db.jdbc());
        List<Long> mine = List.of(
                childIn10Days,
                childIn60Days,
                childDayUnknown,
                youth,
                turns80,
                turns75,
                warInvalidTurns80,
                staleReview,
                staleDecision,
                overdue,
                postedOverdue,
                dueToday,
                rejectedChild,
                withdrawnChild,
                deceasedChild);

        ScanResult first = scan(TODAY, 30, 12);

        assertThat(alertsOf(mine))
                .containsExactlyInAnyOrder(
                        alert("CHILD_TURNS_16", childIn10Days, "2026-08-20"),
                        alert("CHILD_TURNS_16", childDayUnknown, "2026-09-01"),
                        alert("YOUTH_TURNS_23", youth, "2026-08-25"),
                        alert("YOUTH_SCHOOL_CHECK", youth, "2026-09-01"),
                        alert("TURNS_80", turns80, "2026-08-15"),
                        alert("TURNS_75", turns75, "2026-09-05"),
                        alert("RECORD_NOT_REVIEWED", staleReview, "2026-07-01"),
                        alert("RECORD_NOT_REVIEWED", staleDecision, "2026-06-20"),
                        alert("DECISION_OVERDUE", overdue, "2026-08-09"),
                        alert("DECISION_OVERDUE", postedOverdue, "2026-08-01"));
        assertThat(first.raised(AlertKind.CHILD_TURNS_16)).isGreaterThanOrEqualTo(2);
        assertThat(db.jdbc()
                        .row(
                                "select count(*) as n from case_alert where case_id = ? and raised_on = ? "
                                        + "and resolved_at is null",
                                overdue,
                                TODAY)
                        .get("n"))
                .isEqualTo(1L);

        ScanResult again = scan(TODAY, 30, 12);

        assertThat(again.totalRaised()).isZero();
        assertThat(alertsOf(mine)).hasSize(10);

        execute(
                "update benefit_case set status = 'APPROVED', decided_on = ?, last_reviewed_on = ? where id = ?",
                TODAY,
                TODAY,
                overdue);
        ScanResult afterDecision = scan(TODAY, 30, 12);

        assertThat(afterDecision.resolved()).isGreaterThanOrEqualTo(1);
        assertThat(resolution(overdue)).containsEntry("resolved_by", "system").doesNotContainEntry("resolved_at", null);
        assertThat(resolution(postedOverdue)).containsEntry("resolved_by", null).containsEntry("resolved_at", null);

        execute(
                "update benefit_case set status = 'SUBMITTED', due_on = ? where id = ?",
                TODAY.plusDays(10),
                postedOverdue);
        scan(TODAY, 30, 12);

        assertThat(resolution(postedOverdue)).containsEntry("resolved_by", "system");
    }

    @Test
    void aBenefitWithAStopOrSuspensionProposalPendingIsStillFollowed() {
        long proposedEnd = running(Category.CHILD_WITHOUT_SUPPORT, "TERMINATION_PROPOSED")
                .born(2010, 8, 22)
                .insert(db.jdbc());
        long proposedPause = AlertCase.of(Category.DISABLED, "SUSPENSION_PROPOSED")
                .reviewed(LocalDate.of(2025, 6, 1))
                .insert(db.jdbc());
        long proposedResume = running(Category.ELDERLY_POOR_ALONE, "REINSTATEMENT_PROPOSED")
                .born(1946, 8, 16)
                .insert(db.jdbc());
        long ended = running(Category.CHILD_WITHOUT_SUPPORT, "TERMINATED")
                .born(2010, 8, 23)
                .insert(db.jdbc());

        scan(TODAY, 30, 12);

        assertThat(alertsOf(List.of(proposedEnd, proposedPause, proposedResume, ended)))
                .as("nothing changes until the authority decides; an ended benefit is no longer followed")
                .containsExactlyInAnyOrder(
                        alert("CHILD_TURNS_16", proposedEnd, "2026-08-22"),
                        alert("RECORD_NOT_REVIEWED", proposedPause, "2026-06-01"),
                        alert("TURNS_80", proposedResume, "2026-08-16"));
    }

    @Test
    void someoneKnownOnlyByTheYearOfBirthTurnsAnAgeOnTheFirstOfJanuary() {
        LocalDate december = LocalDate.of(2026, 12, 15);
        long elder = running(Category.ELDERLY_80_NO_PENSION, "ACTIVE")
                .born(1947, null, null)
                .reviewed(december)
                .insert(db.jdbc());
        long child = running(Category.HIV_POOR_HOUSEHOLD, "ACTIVE")
                .born(2011, null, null)
                .reviewed(december)
                .insert(db.jdbc());
        long elderMarch = running(Category.ELDERLY_POOR_ALONE, "ACTIVE")
                .born(1952, 3, null)
                .reviewed(december)
                .insert(db.jdbc());

        scan(december, 30, 12);

        assertThat(alertsOf(List.of(elder, child, elderMarch)))
                .containsExactlyInAnyOrder(
                        alert("TURNS_80", elder, "2027-01-01"), alert("CHILD_TURNS_16", child, "2027-01-01"));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayFallsOnTheTwentyEighthInAYearWithoutOne() {
        LocalDate february = LocalDate.of(2027, 2, 10);
        long elder = running(Category.ELDERLY_POOR_ALONE, "ACTIVE")
                .born(1952, 2, 29)
                .reviewed(february)
                .insert(db.jdbc());
        long toddler = running(Category.CHILD_UNDER_3_DIFFICULT_AREA, "ACTIVE")
                .born(2024, 2, 29)
                .reviewed(february)
                .insert(db.jdbc());

        scan(february, 30, 12);

        assertThat(alertsOf(List.of(elder, toddler)))
                .containsExactlyInAnyOrder(
                        alert("TURNS_75", elder, "2027-02-28"), alert("CHILD_TURNS_3", toddler, "2027-02-28"));
    }

    @Test
    void aShorterLookaheadAndALongerReviewPeriodRaiseLess() {
        long child = running(Category.CHILD_WITHOUT_SUPPORT, "ACTIVE")
                .born(2010, 8, 20)
                .insert(db.jdbc());
        long reviewedThirteenMonthsAgo = AlertCase.of(Category.DISABLED, "ACTIVE")
                .reviewed(TODAY.minusMonths(13))
                .insert(db.jdbc());

        scan(TODAY, 5, 24);

        assertThat(alertsOf(List.of(child, reviewedThirteenMonthsAgo))).isEmpty();
    }

    private static AlertCase running(Category category, String status) {
        return AlertCase.of(category, status).reviewed(TODAY.minusMonths(3));
    }

    private ScanResult scan(LocalDate today, int lookaheadDays, int reviewMonths) {
        return Transactions.inTransaction(em, () -> new AlertScan().scan(em, today, lookaheadDays, reviewMonths));
    }

    private Set<Alert> alertsOf(List<Long> caseIds) {
        String ids = caseIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        Set<Alert> alerts = new HashSet<>();
        try (Connection c = db.jdbc().connect();
                PreparedStatement s = c.prepareStatement(
                        "select kind, case_id, due_on from case_alert where case_id in (" + ids + ")");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                alerts.add(
                        new Alert(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return alerts;
    }

    private Map<String, Object> resolution(long caseId) {
        return db.jdbc()
                .row(
                        "select resolved_by, resolved_at from case_alert where kind = 'DECISION_OVERDUE' and case_id = ?",
                        caseId);
    }

    private void execute(String sql, Object... values) {
        try (Connection c = db.jdbc().connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i] instanceof LocalDate day ? java.sql.Date.valueOf(day) : values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Alert alert(String kind, long caseId, String dueOn) {
        return new Alert(kind, caseId, LocalDate.parse(dueOn));
    }

    private record Alert(String kind, long caseId, LocalDate dueOn) {}
}
