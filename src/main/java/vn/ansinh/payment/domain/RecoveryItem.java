package vn.ansinh.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * A recovery item (khoản phải thu hồi): a month paid that was not owed, or the part of one that a
 * back-dated decrease took away. Items are raised in bulk by SQL ({@code Recovery}, {@code DifferenceSql}:
 * a set operation over the payroll lines); what happens to one item afterwards is this entity's, through
 * the transitions of {@link RecoveryStatus}: the approver confirms an item in review ({@link #confirm}) or
 * waives it with a reason ({@link #waive}), the commune officer records it recovered with the receipt
 * ({@link #settle}).
 */
@Entity
@Table(name = "recovery_item")
public class RecoveryItem {

    /** The shortest reason for waiving an item. */
    public static final int WAIVE_REASON_MIN = 10;

    /** The longest reason or note (the column's width). */
    public static final int NOTE_MAX = 500;

    /** The shortest settlement note (the receipt). */
    public static final int SETTLE_NOTE_MIN = 3;

    @Id
    private Long id;

    @Column(name = "case_id", nullable = false, insertable = false, updatable = false)
    private Long caseId;

    @Column(name = "person_id", nullable = false, insertable = false, updatable = false)
    private Long personId;

    @Column(name = "line_id", nullable = false, insertable = false, updatable = false)
    private Long lineId;

    @Column(name = "correction", nullable = false, insertable = false, updatable = false)
    private int correction;

    @Column(name = "for_month", nullable = false, insertable = false, updatable = false)
    private LocalDate forMonth;

    @Column(name = "amount", nullable = false, insertable = false, updatable = false)
    private long amount;

    @Column(name = "commune_code", nullable = false, insertable = false, updatable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false, insertable = false, updatable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RecoveryStatus status;

    @Column(name = "raised_at", nullable = false, insertable = false, updatable = false)
    private LocalDateTime raisedAt;

    @Column(name = "raised_by", insertable = false, updatable = false)
    private String raisedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "settled_at")
    private LocalDateTime settledAt;

    @Column(name = "settled_by")
    private String settledBy;

    @Column(name = "note")
    private String note;

    protected RecoveryItem() {
        // for JPA
    }

    /** An item as raised, for the tests of its transitions (items are raised by SQL). */
    RecoveryItem(long id, AdminUnitCode commune, RecoveryStatus status) {
        this.id = id;
        this.communeCode = commune.value();
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The approver confirms an item in review: it is to be collected (OPEN). */
    public void confirm(String by, Instant at) {
        if (!status.inReview()) {
            throw new BusinessRuleException("recovery.error.notInReview");
        }
        status = status.confirm();
        confirmedAt = utc(at);
        confirmedBy = by;
    }

    /** The approver forgives an item in review or open, with a written reason (miễn thu hồi). */
    public void waive(String reason, String by, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < WAIVE_REASON_MIN || text.length() > NOTE_MAX) {
            throw new BusinessRuleException("recovery.error.waiveReason", WAIVE_REASON_MIN);
        }
        if (!status.waivable()) {
            throw new BusinessRuleException("recovery.error.notOpen");
        }
        status = status.waive();
        note = text;
        settledAt = utc(at);
        settledBy = by;
    }

    /** The commune officer records an open item recovered, with the receipt (đã thu hồi). */
    public void settle(String receipt, String by, Instant at) {
        String text = receipt == null ? "" : receipt.strip();
        if (text.length() < SETTLE_NOTE_MIN || text.length() > NOTE_MAX) {
            throw new BusinessRuleException("recovery.error.note");
        }
        if (!status.open()) {
            throw new BusinessRuleException("recovery.error.notOpen");
        }
        status = status.settle();
        note = text;
        settledAt = utc(at);
        settledBy = by;
    }

    /** Whether the item is placed in this commune (where it is collected). */
    public boolean isIn(AdminUnitCode commune) {
        return commune != null && commune.value().equals(communeCode);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long personId() {
        return personId;
    }

    public Long lineId() {
        return lineId;
    }

    public int correction() {
        return correction;
    }

    public LocalDate forMonth() {
        return forMonth;
    }

    public long amount() {
        return amount;
    }

    public AdminUnitCode communeCode() {
        return new AdminUnitCode(communeCode);
    }

    public String provinceCode() {
        return provinceCode;
    }

    public RecoveryStatus status() {
        return status;
    }

    public LocalDateTime raisedAt() {
        return raisedAt;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public LocalDateTime confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime settledAt() {
        return settledAt;
    }

    public String settledBy() {
        return settledBy;
    }

    public String note() {
        return note;
    }
}
