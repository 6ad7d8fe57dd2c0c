package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.MovePersonCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.application.SignStopDecisionCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.payment.channel.application.RecordStopOutcomeCommand;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.security.Actor;

/**
 * The demo communes' year, month by month through the app's commands on fixed dates: each payroll from December
 * 2025 to the month before the current one, computed on the 1st with the rates confirmed then and approved on
 * the 3rd ({@link DemoCases#payroll}); in each month a new beneficiary approved after the payroll (paid the
 * month as arrears the next one), deaths reported on time or late (after the next month was paid: recovery),
 * in some months a move between the two communes (the termination at the old commune, the transfer approved
 * at the new); the Tết 2026 list in January and February ({@link DemoGift}). The current month is left open.
 */
final class DemoYear {

    static final YearMonth FIRST = YearMonth.of(2025, 12);

    /** Deaths a month in each commune. */
    private static final Map<String, Integer> DEATHS = Map.of("03253", 1, "17035", 3);

    /** The months with a move: from Quỳ Hợp to Tuần Giáo in odd ones, back in even ones. */
    private static final List<YearMonth> MOVES =
            List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 5), YearMonth.of(2026, 8), YearMonth.of(2026, 10));

    record Commune(AdminUnitCode code, Actor officer, Actor chairman, Actor approver) {}

    static final Commune TG =
            new Commune(DemoCases.TUAN_GIAO, DemoCases.OFFICER_TG, DemoCases.CHAIRMAN_TG, DemoCases.CHAIRMAN_TG);
    static final Commune QH =
            new Commune(DemoCases.QUY_HOP, DemoCases.OFFICER_QH, DemoCases.APPROVER_QH, DemoCases.APPROVER_QH);

    /** What the year did, for the summary. */
    record Tally(int payrolls, int deaths, int lateDeaths, int recovered, int moves, int newCases) {}

    private final DemoCases cases;
    private final EntityManager em;
    private final AdminUnitTree units;
    private int payrolls;
    private int deaths;
    private int lateDeaths;
    private int moves;
    private int newCases;
    private int recovered;
    private final List<Runnable> lateReports = new ArrayList<>();

    DemoYear(DemoCases cases, EntityManager em, AdminUnitTree units) {
        this.cases = cases;
        this.em = em;
        this.units = units;
    }

    Tally run(DemoGift gift) {
        YearMonth current = YearMonth.now(ZoneOffset.ofHours(7));
        for (YearMonth month = FIRST; month.isBefore(current); month = month.plusMonths(1)) {
            for (Commune commune : List.of(TG, QH)) {
                cases.payroll(commune.code(), commune.approver(), month);
                // the lines grow from nothing in the first months: see DemoCases.analyze
                DemoCases.analyze(em, "payroll_line");
                payrolls++;
            }
            // deaths of last month reported after this month's payroll was approved: this month's line is owed back
            lateReports.forEach(Runnable::run);
            lateReports.clear();
            boolean last = !month.plusMonths(1).isBefore(current);
            for (Commune commune : List.of(TG, QH)) {
                newCase(commune, month);
                deaths(commune, month, last);
            }
            if (MOVES.contains(month)) {
                int i = MOVES.indexOf(month);
                move(i % 2 == 0 ? QH : TG, i % 2 == 0 ? TG : QH, month);
            }
            gift.inMonth(month);
            if (month.equals(YearMonth.of(2026, 11))) {
                cases.lateDeath();
                deaths++;
                lateDeaths++;
            }
        }
        return new Tally(payrolls, deaths, lateDeaths, recovered, moves, newCases);
    }

    /** A person with a severe disability, submitted on the 8th and approved on the 12th (after the payroll). */
    private void newCase(Commune commune, YearMonth month) {
        Long personId = first(
                "SELECT p.id FROM person p WHERE p.commune_code = ? AND p.date_of_death IS NULL"
                        + " AND p.birth_year BETWEEN 1965 AND 2000"
                        + " AND NOT EXISTS (SELECT 1 FROM benefit_case b WHERE b.person_id = p.id)"
                        + " ORDER BY MOD(p.id * 7919, 10007), p.id",
                commune.code().value());
        if (personId == null) {
            return;
        }
        BenefitCase c = cases.submitted(
                personId,
                Category.DISABLED,
                DemoCases.SEVERE,
                commune.officer(),
                LocalDate.from(month.atDay(8)) + "T02:00:00Z");
        cases.run(
                commune.chairman(),
                month.atDay(12) + "T03:00:00Z",
                () -> new ApproveCaseCommand(c.id(), commune.code(), units));
        newCases++;
    }

    /**
     * The oldest social-assistance and social-pension beneficiaries die in the month; every third is reported
     * only after the next month's payroll was approved (never in the last month, whose next is not computed).
     */
    private void deaths(Commune commune, YearMonth month, boolean last) {
        List<Long> people = ids(
                "SELECT c.person_id FROM benefit_case c JOIN person p ON p.id = c.person_id"
                        + " WHERE c.commune_code = ? AND c.status = 'ACTIVE' AND c.opened_by = '" + DemoScale.BY + "'"
                        + " AND c.programme IN ('SOCIAL_ASSISTANCE', 'SOCIAL_PENSION') AND p.birth_year <= 1940"
                        + " ORDER BY MOD(c.person_id * 104729, 10007), c.person_id LIMIT "
                        + DEATHS.get(commune.code().value()),
                commune.code().value());
        for (int i = 0; i < people.size(); i++) {
            Long personId = people.get(i);
            LocalDate died = month.atDay(6 + 4 * i);
            boolean late = !last && (deaths + i) % 3 == 2;
            LocalDate reported = late ? month.plusMonths(1).atDay(10) : died.plusDays(5);
            Runnable report = () -> {
                cases.run(
                        commune.officer(),
                        reported + "T02:00:00Z",
                        () -> new RecordDeathCommand(personId, commune.code(), died));
                signStops(commune, personId, reported.plusDays(2));
                if (late) {
                    paidAnyway(commune, personId, reported.plusDays(3));
                }
            };
            if (late) {
                lateReports.add(report);
                lateDeaths++;
            } else {
                report.run();
            }
        }
        deaths += people.size();
    }

    /** A beneficiary with a disability moves to the other demo commune on the 10th; the new commune approves. */
    private void move(Commune from, Commune to, YearMonth month) {
        Long personId = first(
                "SELECT c.person_id FROM benefit_case c JOIN person p ON p.id = c.person_id"
                        + " WHERE c.commune_code = ? AND c.status = 'ACTIVE' AND c.category = 'DISABLED'"
                        + " AND c.opened_by = '" + DemoScale.BY + "' AND p.birth_year BETWEEN 1965 AND 1995"
                        + " AND NOT EXISTS (SELECT 1 FROM benefit_case o WHERE o.person_id = p.id AND o.id <> c.id)"
                        + " ORDER BY MOD(c.person_id * 31, 997), c.person_id",
                from.code().value());
        if (personId == null) {
            return;
        }
        LocalDate movedOn = month.atDay(10);
        AdminUnit commune = units.currentCommune(to.code()).orElseThrow();
        AdminUnit province = units.parentOf(commune).orElseThrow();
        MovePersonCommand.Outcome outcome = cases.run(
                from.officer(),
                month.atDay(12) + "T02:00:00Z",
                () -> new MovePersonCommand(
                        personId, from.code(), Residence.of(commune, province), "Bản mới chuyển đến", movedOn));
        signStops(from, personId, month.atDay(14));
        for (Long transfer : outcome.transferCases()) {
            cases.run(
                    to.chairman(),
                    month.atDay(16) + "T03:00:00Z",
                    () -> new ApproveCaseCommand(transfer, to.code(), units));
        }
        moves++;
    }

    /**
     * The paying office answers the stop notice of a death reported late: the cash was handed out before the
     * notice came (the line PAID, a recovery item raised for the family to repay).
     */
    private void paidAnyway(Commune commune, Long personId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> lines = em.createNativeQuery("SELECT l.run_id, l.id FROM payroll_line l WHERE l.person_id = ?"
                        + " AND l.payment_status = '" + PaymentStatus.STOP_REQUESTED.name() + "' ORDER BY l.id")
                .setParameter(1, personId)
                .getResultList();
        for (Object[] line : lines) {
            long runId = ((Number) line[0]).longValue();
            long lineId = ((Number) line[1]).longValue();
            cases.run(
                    commune.officer(),
                    day + "T02:00:00Z",
                    () -> new RecordStopOutcomeCommand(runId, commune.code(), lineId, true));
            recovered++;
        }
    }

    /** The chairman signs the termination proposed for each of the person's cases at the commune. */
    private void signStops(Commune commune, Long personId, LocalDate day) {
        List<Long> proposed = ids(
                "SELECT c.id FROM benefit_case c WHERE c.commune_code = ? AND c.person_id = " + personId
                        + " AND c.status = '" + CaseStatus.TERMINATION_PROPOSED.name() + "' ORDER BY c.id",
                commune.code().value());
        for (Long caseId : proposed) {
            cases.run(
                    commune.chairman(),
                    day + "T03:00:00Z",
                    () -> new SignStopDecisionCommand(caseId, commune.code(), units));
        }
    }

    private Long first(String sql, String commune) {
        List<Long> ids = ids(sql + " LIMIT 1", commune);
        return ids.isEmpty() ? null : ids.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, String commune) {
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, commune).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
