package vn.ansinh.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * One comparison of an approved payroll with what today's rates and records would pay for its
 * month ("So sánh"): who compared, when, how many lines differ. Its rate snapshot and recomputed
 * lines live in scratch tables keyed by this comparison; the approved run is never touched.
 */
@Entity
@Table(name = "payroll_comparison")
public class PayrollComparison {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "compared_at", nullable = false, updatable = false)
    private LocalDateTime comparedAt;

    @Column(name = "compared_by", nullable = false, updatable = false)
    private String comparedBy;

    @Column(name = "differences", nullable = false)
    private int differences;

    protected PayrollComparison() {
        // for JPA
    }

    /** A comparison of an approved run; a run still being prepared has nothing frozen to compare. */
    public static PayrollComparison of(PayrollRun run, String by, Instant at) {
        if (run.status() != PayrollStatus.APPROVED) {
            throw new BusinessRuleException("payroll.error.compareNotApproved");
        }
        PayrollComparison comparison = new PayrollComparison();
        comparison.runId = run.id();
        comparison.comparedBy = by;
        comparison.comparedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return comparison;
    }

    public void found(int count) {
        this.differences = count;
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public LocalDateTime comparedAt() {
        return comparedAt;
    }

    public String comparedBy() {
        return comparedBy;
    }

    public int differences() {
        return differences;
    }
}
