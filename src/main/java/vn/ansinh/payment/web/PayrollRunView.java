package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.payment.application.DifferenceLines;
import vn.ansinh.payment.application.HeldLines;
import vn.ansinh.payment.application.PayrollDiff;
import vn.ansinh.payment.application.PayrollService;
import vn.ansinh.payment.domain.PayrollRun;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.RecordParam;

/**
 * One payroll ({@code ?id=}): compute it and watch the job, its summary and its lines ({@link PayrollLinesView}),
 * approve it after confirming its count and total, compare it.
 */
@Named
@ViewScoped
public class PayrollRunView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PayrollService payrolls;

    @Inject
    private HeldLines heldLines;

    private String id;
    private PayrollRun run;
    private List<PayrollService.SummaryRow> summary = List.of();
    private List<PayrollDiff.Row> diff;
    private List<HeldLines.Line> held = List.of();
    private List<DifferenceLines.Line> differences = List.of();

    @Inject
    private DifferenceLines differenceLines;

    @Inject
    private PayrollLinesView lines;

    @Inject
    private AdminUnitDirectory units;

    public void load() {
        RecordParam.find(id, runId -> {
            run = payrolls.run(runId);
            summary = payrolls.summary(run);
            held = heldLines.ofRun(run.id());
            differences = differenceLines.ofRun(run.id());
            lines.show(run);
            return run;
        });
    }

    public void compute() {
        PageActions.attempt(() -> {
            payrolls.compute(run);
            Messages.info("payroll.started");
            load();
        });
    }

    public void approve() {
        PageActions.attempt(() -> {
            payrolls.approve(run);
            Messages.info("payroll.approved");
            load();
        });
    }

    public void compare() {
        PageActions.attempt(() -> {
            diff = payrolls.compare(run).rows();
        });
    }

    /**
     * Called by the poll while the job runs: the run's status and progress only (two reads by primary key); the
     * summary, held and difference lines come with the full load once the job has ended.
     */
    public void refresh() {
        PayrollRun now = payrolls.run(run.id());
        if (now.status() == PayrollStatus.COMPUTING) {
            run = now;
        } else {
            load();
        }
    }

    public int getProgress() {
        if (run == null) {
            return 0;
        }
        if (run.status() == PayrollStatus.COMPUTED || run.status() == PayrollStatus.APPROVED) {
            return 100;
        }
        int[] progress = payrolls.progress(run);
        return progress[1] == 0 ? 0 : Math.min(99, progress[0] * 100 / progress[1]);
    }

    public boolean isRunning() {
        return run != null && run.status() == PayrollStatus.COMPUTING;
    }

    public boolean isMayCompute() {
        return run != null && payrolls.mayCompute(run);
    }

    public boolean isMayCompare() {
        return run != null && payrolls.mayCompare(run);
    }

    /**
     * What the approver confirms before approving: the unit, the month, the run's line count and total
     * ("Phê duyệt bảng chi trả tháng 11/2026 của Xã …: 7 dòng, tổng 7.000.000 đồng?").
     */
    public String getApprovalQuestion() {
        return run == null
                ? ""
                : Messages.text(
                        "payroll.approve.question",
                        VietnameseFormat.month(run.month()),
                        units.nameOf(run.unitCode()),
                        VietnameseFormat.money(run.lineCount()),
                        VietnameseFormat.money(run.totalAmount()));
    }

    public boolean isMayApprove() {
        return run != null && payrolls.mayApprove(run);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PayrollRun getRun() {
        return run;
    }

    public List<PayrollService.SummaryRow> getSummary() {
        return summary;
    }

    public List<PayrollDiff.Row> getDiff() {
        return diff;
    }

    public List<HeldLines.Line> getHeld() {
        return held;
    }

    public List<DifferenceLines.Line> getDifferences() {
        return differences;
    }
}
