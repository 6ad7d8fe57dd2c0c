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
import vn.ansinh.shared.kernel.Category;

/**
 * One amount owed to one beneficiary for one month, with what produced it: the case, the decision
 * in force, the standard level and coefficient rows. Written in bulk by the payroll job (SQL); its
 * payment status changes as the money is exported, paid or fails.
 */
@Entity
@Table(name = "payroll_line")
public class PayrollLine {

    /**
     * The component of a line priced as standard level × coefficient (social assistance, the social pension):
     * the allowance itself; an annex-priced line's component is its annex row code.
     */
    public static final String ALLOWANCE = "ALLOWANCE";

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

    /** The legal component the money is for (ALLOWANCE, or the annex row of a meritorious amount). */
    @Column(name = "component", nullable = false, updatable = false)
    private String component;

    /** 0: the month's own payment; 1, 2, ...: a later difference for the month (truy lĩnh phần chênh lệch). */
    @Column(name = "correction", nullable = false, updatable = false)
    private int correction;

    /** The line a difference corrects. */
    @Column(name = "corrects_line_id", updatable = false)
    private Long correctsLineId;

    /** Who receives the money when it is not the beneficiary (a caregiver); null: the beneficiary. */
    @Column(name = "payee_person_id", updatable = false)
    private Long payeePersonId;

    /** Null for an amount fixed by an annex table (no standard level × coefficient). */
    @Column(name = "standard_level_id", updatable = false)
    private Long standardLevelId;

    @Column(name = "standard_level", updatable = false)
    private Long standardLevel;

    @Column(name = "coefficient_id", updatable = false)
    private Long coefficientId;

    @Column(name = "coefficient", updatable = false)
    private BigDecimal coefficient;

    /** The annex row a meritorious person's line is priced from (V22); null for level × coefficient. */
    @Column(name = "annex_rate_id", updatable = false)
    private Long annexRateId;

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

    /** Why the line was held or stopped (a {@code HoldReason}); written in bulk by {@code PaymentStops}. */
    @Column(name = "hold_reason", insertable = false, updatable = false)
    private String holdReason;

    /** When its cash list was first printed from an approved run: from then on it is out for payment. */
    @Column(name = "cash_listed_at", insertable = false, updatable = false)
    private java.time.LocalDateTime cashListedAt;

    protected PayrollLine() {
        // for JPA
    }

    public void exported() {
        paymentStatus = paymentStatus.after(PaymentStep.EXPORT);
    }

    /** The money reached the beneficiary (also a line whose stop came too late: it is then recovered). */
    public void paid(LocalDate on) {
        paymentStatus = paymentStatus.after(PaymentStep.PAY);
        paidOn = on;
        failureReason = null;
    }

    /**
     * The bank did not pay: a transfer FAILED, or, for a line whose stop was requested, the stop took
     * effect and the line is HELD. Returns whether it was an ordinary failure (the account's concern).
     */
    public boolean failed(String reason) {
        boolean stopped = paymentStatus == PaymentStatus.STOP_REQUESTED;
        paymentStatus = paymentStatus.after(stopped ? PaymentStep.CONFIRM_STOP : PaymentStep.FAIL);
        failureReason = reason;
        return !stopped;
    }

    /** The bank or paying office confirmed a requested stop: the money was not paid. */
    public void stopConfirmed() {
        paymentStatus = paymentStatus.after(PaymentStep.CONFIRM_STOP);
    }

    public Long id() {
        return id;
    }

    public Long runId() {
        return runId;
    }

    public Long caseId() {
        return caseId;
    }

    public Long personId() {
        return personId;
    }

    public Long decisionId() {
        return decisionId;
    }

    public LineKind kind() {
        return kind;
    }

    public YearMonth forMonth() {
        return YearMonth.from(forMonth);
    }

    public String communeCode() {
        return communeCode;
    }

    public Category category() {
        return category;
    }

    public Long standardLevelId() {
        return standardLevelId;
    }
    /** The standard level the amount was computed from; null for a fixed annex amount. */
    public Long standardLevel() {
        return standardLevel;
    }

    public String component() {
        return component;
    }

    public int correction() {
        return correction;
    }

    public Long correctsLineId() {
        return correctsLineId;
    }
    /** Who is paid: the caregiver for a caregiver allowance, else the beneficiary. */
    public Long payeePersonId() {
        return payeePersonId == null ? personId : payeePersonId;
    }

    public Long coefficientId() {
        return coefficientId;
    }

    public BigDecimal coefficient() {
        return coefficient;
    }

    public long amount() {
        return amount;
    }

    public Long annexRateId() {
        return annexRateId;
    }

    public PaymentChannel channel() {
        return channel;
    }

    public String bankCode() {
        return bankCode;
    }

    public String accountNo() {
        return accountNo;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public String failureReason() {
        return failureReason;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String holdReason() {
        return holdReason;
    }

    public boolean onPrintedCashList() {
        return cashListedAt != null;
    }
}
