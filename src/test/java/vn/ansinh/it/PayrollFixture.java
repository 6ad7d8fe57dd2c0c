package vn.ansinh.it;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.CaseTransitionCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.payment.application.ApprovePayrollCommand;
import vn.ansinh.payment.application.CreatePayrollCommand;
import vn.ansinh.payment.application.FinishPayrollCommand;
import vn.ansinh.payment.application.payroll.PayrollComputation;
import vn.ansinh.payment.application.payroll.PayrollScope;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/** Payrolls computed the way the batch job does, step by step, outside the container. */
final class PayrollFixture {

    static final Actor ADMIN =
            new Actor("admin", "Phạm Quốc Hùng", java.util.Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);
    static final Actor TREASURER =
            new Actor("approver.payroll", "Đinh Thị Ngân", java.util.Set.of(Role.APPROVER), AdminUnitCode.NATIONAL);

    private final CaseworkFixture fx;

    PayrollFixture(CaseworkFixture fx) {
        this.fx = fx;
    }

    /** A benefit that is active from the month of {@code day}, decided by the authority of that time. */
    BenefitCase active(
            Person person,
            Category category,
            Map<ProgrammeField, String> values,
            String day,
            Actor officer,
            Actor approver) {
        var application = fx.application(person, category, values, day + "T00:30:00Z");
        BenefitCase c = fx.run(
                officer,
                day + "T01:00:00Z",
                () -> new vn.ansinh.casework.application.SubmitCaseCommand(application.id(), person.communeCode()));
        if (LocalDate.parse(day).isBefore(LocalDate.of(2025, 7, 1))) {
            fx.run(
                    officer,
                    day + "T02:00:00Z",
                    () -> new CaseTransitionCommand(
                            c.id(), c.communeCode(), CaseTransition.START_POSTING, null, fx.units()));
            String later = LocalDate.parse(day).plusDays(4).toString();
            fx.run(approver, later + "T01:00:00Z", () -> new ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        } else {
            fx.run(approver, day + "T03:00:00Z", () -> new ApproveCaseCommand(c.id(), c.communeCode(), fx.units()));
        }
        return fx.reload(c);
    }

    PayrollRun create(AdminUnitCode unit, YearMonth month) {
        return fx.run(ADMIN, month.atDay(1) + "T01:00:00Z", () -> new CreatePayrollCommand(unit, month, fx.units()));
    }

    /** Computes the run completely (fresh), as the job's steps do, with the rates as confirmed when it is computed. */
    PayrollRun compute(PayrollRun run, int partitionSize) {
        return computeSome(run, partitionSize, Integer.MAX_VALUE, true);
    }

    /** Computes the run completely (fresh) with the rates as they were confirmed at {@code ratesAsOf}. */
    PayrollRun computeAsOf(PayrollRun run, int partitionSize, java.time.Instant ratesAsOf) {
        return computeSome(run, partitionSize, Integer.MAX_VALUE, true, ratesAsOf);
    }

    /**
     * When the tests' payroll of a month is computed: now, or, for a month still to come, on its first
     * day after the run was created (the tests' commands run on the days they name, the clock of the
     * computation is the machine's).
     */
    static java.time.Instant computedAt(PayrollRun run) {
        java.time.Instant firstDay = java.time.Instant.parse(run.month().atDay(1) + "T02:00:00Z");
        java.time.Instant now = java.time.Instant.now();
        return now.isAfter(firstDay) ? now : firstDay;
    }

    /**
     * Computes the run's steps, stopping after {@code partitionsToRun} partitions when fewer than all
     * (a crash: the rest is not done and the run stays computing).
     */
    PayrollRun computeSome(PayrollRun run, int partitionSize, int partitionsToRun, boolean fresh) {
        return computeSome(run, partitionSize, partitionsToRun, fresh, computedAt(run));
    }

    private PayrollRun computeSome(
            PayrollRun run, int partitionSize, int partitionsToRun, boolean fresh, java.time.Instant ratesAsOf) {
        EntityManager em = fx.em();
        PayrollScope scope = PayrollScope.of(run.unitCode(), fx.units());
        PayrollComputation computation = new PayrollComputation(em);
        inTransaction(() -> {
            // the run is computing, as the job's first step marks it (PayrollSteps.begin)
            em.find(PayrollRun.class, run.id()).startComputing(0, NODE);
            computation.prepare(run.id(), run.month(), fresh, ratesAsOf);
            // kept with the run, as the job's first step does (the differences read it: PayrollSteps.begin)
            em.createNativeQuery("UPDATE payroll_run SET rates_as_of = ? WHERE id = ?")
                    .setParameter(1, vn.ansinh.benefit.domain.ConfirmedRates.parameter(ratesAsOf))
                    .setParameter(2, run.id())
                    .executeUpdate();
        });
        List<PayrollComputation.Partition> partitions = computation.partitions(scope, partitionSize);
        int done = 0;
        for (PayrollComputation.Partition partition : partitions) {
            if (done++ >= partitionsToRun) {
                return run;
            }
            inTransaction(() -> computation.monthly(run.id(), run.month(), scope, partition));
        }
        inTransaction(() -> computation.differences(run.id(), run.month(), scope, ratesAsOf));
        // the job's last step: arrears, recovery and the totals, a command run as the system with its audit row
        return fx.run(
                Actor.SYSTEM,
                java.time.Instant.now().toString(),
                () -> new FinishPayrollCommand(run.id(), run.unitCode(), fx.units()));
    }

    /** The node the fixture computes as ({@link #inTransaction}). */
    static final String NODE = "test-fixture";

    PayrollRun approve(PayrollRun run) {
        return fx.run(
                TREASURER,
                run.month().atDay(5) + "T03:00:00Z",
                () -> new ApprovePayrollCommand(run.id(), run.unitCode()));
    }

    /** The line of a case for a month and kind, as amount, or null. */
    Long amount(BenefitCase c, String kind, YearMonth month) {
        Map<String, Object> row = fx.jdbc()
                .row(
                        "select amount from payroll_line where case_id = ? and kind = ? and for_month = ?",
                        c.id(),
                        kind,
                        java.sql.Date.valueOf(month.atDay(1)));
        return row.isEmpty() ? null : ((Number) row.get("amount")).longValue();
    }

    /**
     * A transaction of the fixture's computation, which first stamps the fixture's node as alive like a server's
     * heartbeat: a run it computes is never taken by a running app's stalled-payroll sweep on the same database (a
     * node without a heartbeat row is dead; the sweep made PayrollKillDrillIT's reference run FAILED in CI).
     */
    private void inTransaction(Runnable work) {
        Transactions.inTransaction(fx.em(), () -> {
            vn.ansinh.shared.cluster.NodeHeartbeat.beat(fx.em(), NODE);
            work.run();
        });
    }
}
