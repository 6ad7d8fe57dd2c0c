package vn.ansinh.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The social-security account of one person (table {@code ss_account}, keyed by the person): its
 * status, bank and number, and the date of each step of the current account. Changed only by the
 * methods named for the steps; each checks the step against {@link AccountStatus}, refuses a date
 * before the last step's, sets the step's date and returns the {@link AccountEvent} to store. A
 * person without a row has status {@link AccountStatus#NONE}.
 */
@Entity
@Table(name = "ss_account")
public class SsAccount implements Serializable {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccountStatus status;

    @Column(name = "bank_code")
    private String bankCode;

    @Column(name = "account_no")
    private String accountNo;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "first_paid_on")
    private LocalDate firstPaidOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "failed_on")
    private LocalDate failedOn;

    @Column(name = "fallback_on")
    private LocalDate fallbackOn;

    @Column(name = "last_step_on")
    private LocalDate lastStepOn;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SsAccount() {
        // for JPA
    }

    /** The account of a person who has none yet (status NONE); stored when its first step is recorded. */
    public static SsAccount none(Long personId, AdminUnitCode commune, AdminUnitCode province) {
        SsAccount account = new SsAccount();
        account.personId = Objects.requireNonNull(personId, "personId");
        account.status = AccountStatus.NONE;
        account.followResidence(commune, province);
        return account;
    }

    /** Opens an account (or a new one after a closed or failed one): bank and number; earlier step dates are cleared. */
    public AccountEvent open(BankCode bank, AccountNumber number, LocalDate on, StepRecord record) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(number, "number");
        AccountStatus from = move(AccountStep.OPEN, on);
        bankCode = bank.value();
        accountNo = number.value();
        openedOn = on;
        registeredOn = null;
        verifiedOn = null;
        firstPaidOn = null;
        closedOn = null;
        failedOn = null;
        fallbackOn = null;
        return recorded(from, on, record, bankCode + " " + accountNo);
    }

    public AccountEvent register(LocalDate on, StepRecord record) {
        AccountStatus from = move(AccountStep.REGISTER, on);
        registeredOn = on;
        return recorded(from, on, record, null);
    }

    public AccountEvent verify(LocalDate on, StepRecord record) {
        AccountStatus from = move(AccountStep.VERIFY, on);
        verifiedOn = on;
        return recorded(from, on, record, null);
    }

    /** A payment reached the account; the first one's date is kept. */
    public AccountEvent recordPayment(LocalDate on, StepRecord record) {
        AccountStatus from = move(AccountStep.PAY, on);
        if (firstPaidOn == null) {
            firstPaidOn = on;
        }
        return recorded(from, on, record, null);
    }

    public AccountEvent close(LocalDate on, StepRecord record) {
        AccountStatus from = move(AccountStep.CLOSE, on);
        closedOn = on;
        return recorded(from, on, record, null);
    }

    public AccountEvent recordFailure(LocalDate on, StepRecord record) {
        AccountStatus from = move(AccountStep.FAIL, on);
        failedOn = on;
        return recorded(from, on, record, null);
    }

    public AccountEvent fallBackToCash(LocalDate on, StepRecord record) {
        AccountStatus from = move(AccountStep.FALL_BACK_TO_CASH, on);
        fallbackOn = on;
        return recorded(from, on, record, null);
    }

    /** Any step by its name; {@code bank} and {@code number} are needed (and used) only to open. */
    public AccountEvent take(AccountStep step, LocalDate on, BankCode bank, AccountNumber number, StepRecord record) {
        return switch (step) {
            case OPEN -> {
                if (bank == null) {
                    throw new AccountException("account.error.bank.required");
                }
                if (number == null) {
                    throw new AccountException("account.error.number.required");
                }
                yield open(bank, number, on, record);
            }
            case REGISTER -> register(on, record);
            case VERIFY -> verify(on, record);
            case PAY -> recordPayment(on, record);
            case CLOSE -> close(on, record);
            case FAIL -> recordFailure(on, record);
            case FALL_BACK_TO_CASH -> fallBackToCash(on, record);
        };
    }

    /** The account follows the person: the commune they live in now. */
    public void followResidence(AdminUnitCode commune, AdminUnitCode province) {
        communeCode = commune.value();
        provinceCode = province.value();
    }

    /** Whether a payroll may pay by transfer: VERIFIED or PAID_VIA_ACCOUNT, with a bank and a number. */
    public boolean isPayableByTransfer() {
        return status.acceptsTransfers() && bankCode != null && accountNo != null;
    }

    /** Whether the step is allowed now (pages ask this before showing its button). */
    public boolean allows(AccountStep step) {
        return status.allows(step);
    }

    private AccountStatus move(AccountStep step, LocalDate on) {
        if (on == null) {
            throw new AccountException("account.error.date.required");
        }
        AccountStatus from = status;
        AccountStatus to = from.after(step);
        if (lastStepOn != null && on.isBefore(lastStepOn)) {
            throw new AccountException(
                    "account.error.date.beforeLastStep", VietnameseFormat.date(on), VietnameseFormat.date(lastStepOn));
        }
        status = to;
        lastStepOn = on;
        return from;
    }

    private AccountEvent recorded(AccountStatus from, LocalDate on, StepRecord record, String detail) {
        updatedAt = LocalDateTime.ofInstant(record.recordedAt(), ZoneOffset.UTC);
        updatedBy = record.actor();
        return AccountEvent.of(personId, from, status, on, record, detail);
    }

    public Long personId() {
        return personId;
    }

    public AccountStatus status() {
        return status;
    }

    public BankCode bankCode() {
        return bankCode == null ? null : new BankCode(bankCode);
    }

    public AccountNumber accountNumber() {
        return accountNo == null ? null : new AccountNumber(accountNo);
    }

    public AdminUnitCode communeCode() {
        return AdminUnitCode.of(communeCode);
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public LocalDate firstPaidOn() {
        return firstPaidOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public LocalDate failedOn() {
        return failedOn;
    }

    public LocalDate fallbackOn() {
        return fallbackOn;
    }

    public LocalDate lastStepOn() {
        return lastStepOn;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
