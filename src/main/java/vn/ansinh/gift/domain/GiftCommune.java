package vn.ansinh.gift.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * A commune's part of a one-off list: its officer reviews it, its approver (never the reviewer) approves it, and
 * it is paid. Written by the draw, one row per commune with people drawn.
 */
@Entity
@Table(name = "gift_commune")
public class GiftCommune {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id", nullable = false)
    private Long listId;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private GiftCommuneStatus status;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GiftCommune() {}

    /** The officer reviewed the part; refused while people remain to resolve. */
    public void review(long toResolve, String by, Instant at) {
        if (toResolve > 0) {
            throw new GiftException("gift.error.toResolve", toResolve);
        }
        status = status.to(GiftCommuneStatus.REVIEWED);
        reviewedBy = by;
        reviewedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The approver approved the part; never the officer who reviewed it (maker-checker). */
    public void approve(String by, Instant at) {
        if (by.equals(reviewedBy)) {
            throw new GiftException("gift.error.ownReview");
        }
        status = status.to(GiftCommuneStatus.APPROVED);
        approvedBy = by;
        approvedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Every payable entry of the part has been paid. */
    public void paid() {
        status = status.to(GiftCommuneStatus.PAID);
    }

    public Long id() {
        return id;
    }

    public Long listId() {
        return listId;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public AdminUnitCode provinceCode() {
        return AdminUnitCode.of(provinceCode);
    }

    public GiftCommuneStatus status() {
        return status;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDateTime reviewedAt() {
        return reviewedAt;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }
}
