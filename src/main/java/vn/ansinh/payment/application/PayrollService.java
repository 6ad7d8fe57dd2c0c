package vn.ansinh.payment.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import vn.ansinh.payment.application.payroll.PayrollBatchlets;
import vn.ansinh.payment.application.payroll.RunSummary;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.time.VietnamTime;

/** Payrolls as the logged-in user: create, compute with the batch job, approve; reads bounded by jurisdiction. */
@ApplicationScoped
public class PayrollService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Clock clock;

    @Inject
    private vn.ansinh.payment.application.payroll.PayrollSteps steps;

    public PayrollRun create(AdminUnitCode unit, YearMonth month) {
        return engine.submit(new CreatePayrollCommand(unit, month, units.tree()));
    }

    /** Starts the job (or restarts a failed one, which finishes it with the same totals). */
    public void compute(PayrollRun run) {
        PayrollStatus before = run.status();
        Long execution = run.executionId();
        engine.submit(new ComputePayrollCommand(run.id(), run.unitCode()));
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty(PayrollBatchlets.RUN_ID, run.id().toString());
        try {
            if (before == PayrollStatus.FAILED && execution != null && execution > 0) {
                parameters.setProperty(PayrollBatchlets.FRESH, "false");
                operator.restart(execution, parameters);
            } else {
                parameters.setProperty(PayrollBatchlets.FRESH, "true");
                operator.start(PayrollBatchlets.JOB, parameters);
            }
        } catch (RuntimeException e) {
            // the run must not stay "computing" with no job behind it
            steps.failed(run.id(), e.getMessage());
            throw new vn.ansinh.shared.kernel.BusinessRuleException("payroll.error.start");
        }
    }

    /** Compares an approved run with today's rates and records, in the comparison's own scratch space. */
    public ComparePayrollCommand.Result compare(PayrollRun run) {
        return engine.submit(new ComparePayrollCommand(run.id(), run.unitCode(), units.tree()));
    }

    public boolean mayCompare(PayrollRun run) {
        return run.status() == PayrollStatus.APPROVED
                && engine.permits(new ComparePayrollCommand(run.id(), run.unitCode(), units.tree()));
    }

    /** Approves the run as it was shown: its line count and total must not have changed since. */
    public PayrollRun approve(PayrollRun run) {
        return engine.submit(new ApprovePayrollCommand(run.id(), run.unitCode(), run.lineCount(), run.totalAmount()));
    }

    public boolean mayCompute(PayrollRun run) {
        return run.status().mayCompute() && engine.permits(new ComputePayrollCommand(run.id(), run.unitCode()));
    }

    public boolean mayApprove(PayrollRun run) {
        return run.status() == PayrollStatus.COMPUTED
                && engine.permits(new ApprovePayrollCommand(run.id(), run.unitCode()))
                && !currentActor.get().username().equals(run.createdBy());
    }

    /** The provinces a payroll may be created for by the user (by name; none for a commune's official). */
    public List<AdminUnit> provinceChoices() {
        return units.provincesWithin(currentActor.get().unit());
    }

    /** The communes of a unit inside the user's jurisdiction a payroll may be created for, by name. */
    public List<AdminUnit> communeChoices(AdminUnitCode within) {
        AdminUnitCode jurisdiction = currentActor.get().unit();
        if (within.isNational() || !units.covers(jurisdiction, within)) {
            return List.of();
        }
        return units.communesWithin(within);
    }

    /** The full name of a payroll's unit ("Cả nước" for the country's). */
    public String unitName(AdminUnitCode unit) {
        return unit.isNational() ? null : units.nameOf(unit);
    }

    public boolean mayCreate(AdminUnitCode unit) {
        return engine.permits(new CreatePayrollCommand(unit, VietnamTime.thisMonth(clock), units.tree()));
    }

    /** A page of the payrolls of units inside the user's jurisdiction, the latest month first. */
    public List<PayrollRun> runs(int first, int size) {
        return new PayrollRuns(em).page(units.scopeOf(currentActor.get()), first, size);
    }

    /** How many payrolls of units inside the user's jurisdiction there are. */
    public int countRuns() {
        return new PayrollRuns(em).count(units.scopeOf(currentActor.get()));
    }

    /**
     * A page of the payrolls of {@code unit} and the units below it (of {@code month} only unless null), the latest
     * month first; refused ({@code error.access.unit}) for a unit outside the user's jurisdiction.
     */
    public List<PayrollRun> runs(AdminUnitCode unit, YearMonth month, int first, int size) {
        return new PayrollRuns(em).page(scopeWithin(unit), month, first, size);
    }

    /** How many payrolls {@link #runs(AdminUnitCode, YearMonth, int, int)} pages through. */
    public int countRuns(AdminUnitCode unit, YearMonth month) {
        return new PayrollRuns(em).count(scopeWithin(unit), month);
    }

    private vn.ansinh.registry.application.UnitScope scopeWithin(AdminUnitCode unit) {
        if (!units.covers(currentActor.get(), unit)) {
            throw new AccessDeniedException("error.access.unit", "payrolls of " + unit + " outside jurisdiction")
                    .about(unit);
        }
        return vn.ansinh.registry.application.UnitScope.of(unit, units.tree());
    }

    public PayrollRun run(Long id) {
        PayrollRun run = id == null ? null : em.find(PayrollRun.class, id);
        if (run == null) {
            throw new AccessDeniedException("error.notFound", "no payroll " + id);
        }
        if (!units.covers(currentActor.get(), run.unitCode())) {
            throw new AccessDeniedException("error.access.unit", "payroll " + id + " outside jurisdiction")
                    .about(run.unitCode());
        }
        return run;
    }

    /** Partitions done and in all, for the progress bar. */
    public int[] progress(PayrollRun run) {
        Object[] row = (Object[])
                em.createNativeQuery("SELECT partitions_done, partitions_total, failure FROM payroll_run WHERE id = ?")
                        .setParameter(1, run.id())
                        .getSingleResult();
        return new int[] {((Number) row[0]).intValue(), ((Number) row[1]).intValue()};
    }

    /**
     * Count and total per programme, category and kind of a computed or approved run, from its stored counts
     * ({@link RunSummary}). A run being computed has none yet: counting its lines as they are written, at every poll
     * of the run page, took 2-5 s of the database each time at 1,000,000 beneficiaries and slowed the job itself by
     * half (issue 13, the payroll benchmark); a failed run's lines are not a payroll.
     */
    public List<SummaryRow> summary(PayrollRun run) {
        if (!run.status().hasLines()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT programme, category, kind, channel, SUM(line_count), SUM(total_amount) FROM "
                                + RunSummary.TABLE
                                + " WHERE run_id = ? GROUP BY programme, category, kind, channel"
                                + " ORDER BY programme, category, kind, channel")
                .setParameter(1, run.id())
                .getResultList();
        return rows.stream()
                .map(r -> new SummaryRow(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue()))
                .toList();
    }

    /** One line of a payroll's summary. */
    public record SummaryRow(String programme, String category, String kind, String channel, long count, long total)
            implements Serializable {}
}
