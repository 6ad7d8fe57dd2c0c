package vn.ansinh.gift.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * One person of a one-off list: written by the draw (set-based), with the category that gave the amount and the
 * channel at the draw (a verified account, else cash). The officer resolves a person drawn without an identity
 * number, and records the payment.
 */
@Entity
@Table(name = "gift_entry")
public class GiftEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_id", nullable = false)
    private Long listId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "identity_key", nullable = false)
    private String identityKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_kind", nullable = false)
    private IdentityKind identityKind;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private PaymentChannel channel;

    @Column(name = "bank_code")
    private String bankCode;

    @Column(name = "account_no")
    private String accountNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution", nullable = false)
    private EntryResolution resolution;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_by")
    private String paidBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "bank_result")
    private ResultOutcome bankResult;

    @Column(name = "bank_reason")
    private String bankReason;

    @Column(name = "bank_result_file")
    private String bankResultFile;

    protected GiftEntry() {}

    /** The officer checked the person drawn without an identity number: kept on the list, or dropped. */
    public void resolve(boolean keep) {
        if (resolution != EntryResolution.TO_RESOLVE) {
            throw new GiftException("gift.error.notToResolve", fullName);
        }
        resolution = keep ? EntryResolution.KEPT : EntryResolution.DROPPED;
    }

    /** The person was paid on the day (signed the list, or the transfer arrived). */
    public void paid(LocalDate on, String by) {
        if (!resolution.payable()) {
            throw new GiftException("gift.error.notPayable", fullName);
        }
        if (paidOn != null) {
            throw new GiftException("gift.error.alreadyPaid", fullName);
        }
        paidOn = on;
        paidBy = by;
    }

    /** The bank's result file says the transfer arrived: paid on the day of the import. */
    public void paidByBank(LocalDate on, String by, String file) {
        paid(on, by);
        bankResult = ResultOutcome.PAID;
        bankResultFile = shortened(file);
    }

    /**
     * The bank's result file says the transfer failed, for {@code reason}: the entry stays unpaid, out of any further
     * bank file, for the officer to pay in cash (as a payroll line that failed is left to the cash fallback).
     */
    public void failedAtBank(String reason, String file) {
        if (paidOn != null) {
            throw new GiftException("gift.error.alreadyPaid", fullName);
        }
        bankResult = ResultOutcome.FAILED;
        bankReason = reason;
        bankResultFile = shortened(file);
    }

    private static String shortened(String file) {
        return file == null || file.length() <= 200 ? file : file.substring(0, 200);
    }

    /** A payable entry paid by account, not paid yet and not failed at the bank: it goes into the bank's file. */
    public boolean awaitsTransfer() {
        return payable() && channel == PaymentChannel.BANK_TRANSFER && paidOn == null && bankResult == null;
    }

    /** The transfer failed at the bank and the person has not been paid since (in cash). */
    public boolean failedTransfer() {
        return bankResult == ResultOutcome.FAILED && paidOn == null;
    }

    /** What the bank's result file said (PAID, FAILED), or null before any. */
    public ResultOutcome bankResult() {
        return bankResult;
    }

    public String bankReason() {
        return bankReason;
    }

    public Long id() {
        return id;
    }

    public Long listId() {
        return listId;
    }

    public Long personId() {
        return personId;
    }

    public Long caseId() {
        return caseId;
    }

    public IdentityKind identityKind() {
        return identityKind;
    }

    /** The personal ID or old ID-card number, or empty for a person without either. */
    public String identityNumber() {
        return switch (identityKind) {
            case PERSONAL_ID -> identityKey;
            case OLD_ID -> identityKey.substring(4);
            case NONE -> "";
        };
    }

    public String fullName() {
        return fullName;
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public Category category() {
        return category;
    }

    public long amount() {
        return amount;
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

    public EntryResolution resolution() {
        return resolution;
    }

    public boolean toResolve() {
        return resolution == EntryResolution.TO_RESOLVE;
    }

    public boolean payable() {
        return resolution.payable();
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paidBy() {
        return paidBy;
    }
}
