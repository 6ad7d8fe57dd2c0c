package vn.ansinh.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.ansinh.intake.domain.Category;

/**
 * One amount owed to one beneficiary for one month, with what produced it: the case, the decision
 * in force, the standard level and coefficient rows. Written in bulk by the payroll job (SQL); its
 * payment status changes as the money is exported, paid or fails.
 */
@Entity
@Table(name = "payroll_line")
public class PayrollLine {

    @Id
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private Long runId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private LineKind kind;

    @Column(name = "for_month", nullable = false, updatable = false)
    private LocalDate forMonth;

    @Column(name = "commune_code", nullable = false, updatable = false)
    private String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false)
    private Category category;

    @Column(name = "standard_level_id", nullable = false, updatable = false)
    private Long standardLevelId;

    @Column(name = "standard_level", nullable = false, updatable = false)
    private long standardLevel;

    @Column(name = "coefficient_id", nullable = false, updatable = false)
    private Long coefficientId;

    @Column(name = "coefficient", nullable = false, updatable = false)
    private BigDecimal coefficient;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private PaymentChannel channel;

    @Column(name = "bank_code")
    private String bankCode;

    @Column(name = "account_no")
    private String accountNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus paymentStatus;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    protected PayrollLine() {
        // for JPA
    }

    public void exported() {
        if (paymentStatus == PaymentStatus.PENDING) {
            paymentStatus = PaymentStatus.EXPORTED;
        }
    }

    public void paid(LocalDate on) {
        paymentStatus = PaymentStatus.PAID;
        paidOn = on;
        failureReason = null;
    }

    public void failed(String reason) {
        paymentStatus = PaymentStatus.FAILED;
        failureReason = reason;
    }

    public Long id() { return id; }
    public Long runId() { return runId; }
    public Long caseId() { return caseId; }
    public Long personId() { return personId; }
    public Long decisionId() { return decisionId; }
    public LineKind kind() { return kind; }
    public YearMonth forMonth() { return YearMonth.from(forMonth); }
    public String communeCode() { return communeCode; }
    public Category category() { return category; }
    public Long standardLevelId() { return standardLevelId; }
    public long standardLevel() { return standardLevel; }
    public Long coefficientId() { return coefficientId; }
    public BigDecimal coefficient() { return coefficient; }
    public long amount() { return amount; }
    public PaymentChannel channel() { return channel; }
    public String bankCode() { return bankCode; }
    public String accountNo() { return accountNo; }
    public PaymentStatus paymentStatus() { return paymentStatus; }
    public String failureReason() { return failureReason; }
    public LocalDate paidOn() { return paidOn; }
}
