package vn.ansinh.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/** The payroll of a unit for a month: computed by a batch job, then approved and frozen. */
@Entity
@Table(name = "payroll_run")
public class PayrollRun implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    private String unitCode;

    @Column(name = "pay_month", nullable = false, updatable = false)
    private LocalDate payMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PayrollStatus status;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "computing_node")
    private String computingNode;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Column(name = "computed_at")
    private LocalDateTime computedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PayrollRun() {
        // for JPA
    }

    public static PayrollRun create(AdminUnitCode unit, YearMonth month, String by, Instant at) {
        PayrollRun run = new PayrollRun();
        run.unitCode = unit.value();
        run.payMonth = month.atDay(1);
        run.status = PayrollStatus.DRAFT;
        run.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        run.createdBy = by;
        return run;
    }

    /**
     * The batch job starts (or restarts) computing the lines on {@code node} (the server that runs the job: only it
     * can finish it, and while it lives no other server's sweep takes the run from it).
     */
    public void startComputing(long execution, String node) {
        if (!status.mayCompute() && status != PayrollStatus.COMPUTING) {
            throw new BusinessRuleException("payroll.error.frozen");
        }
        status = PayrollStatus.COMPUTING;
        executionId = execution;
        computingNode = node;
    }

    public void computed(int lines, long total, Instant at) {
        status = PayrollStatus.COMPUTED;
        lineCount = lines;
        totalAmount = total;
        computedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public void failed() {
        if (status == PayrollStatus.COMPUTING) {
            status = PayrollStatus.FAILED;
        }
    }

    /** Approves and freezes the payroll. */
    public void approve(String by, Instant at) {
        if (status != PayrollStatus.COMPUTED) {
            throw new BusinessRuleException("payroll.error.notComputed");
        }
        status = PayrollStatus.APPROVED;
        approvedBy = by;
        approvedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public AdminUnitCode unitCode() {
        return AdminUnitCode.of(unitCode);
    }

    public YearMonth month() {
        return YearMonth.from(payMonth);
    }

    public PayrollStatus status() {
        return status;
    }

    public Long executionId() {
        return executionId;
    }

    /** The server that computes (or last computed) the run; null before it was first computed. */
    public String computingNode() {
        return computingNode;
    }

    public int lineCount() {
        return lineCount;
    }

    public long totalAmount() {
        return totalAmount;
    }

    public LocalDateTime computedAt() {
        return computedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }

    public long version() {
        return version;
    }
}
