package vn.ansinh.payment.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.intake.domain.ApplicationStatus;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.payment.channel.domain.ResultOutcome;
import vn.ansinh.payment.domain.LineKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.payment.domain.PaymentStatus;
import vn.ansinh.payment.domain.PayrollStatus;
import vn.ansinh.shared.kernel.Category;

/** The parts of a payroll line's trace ({@link LineTrace}), each as the auditor reads it; times in UTC. */
public final class LineTraceRecords {

    private LineTraceRecords() {}

    /** Everything a line was made from and what became of it. Parts the line has not are null or empty. */
    public record Trace(
            Run run,
            Line line,
            List<Rate> rates,
            Decision decision,
            Case benefitCase,
            List<CaseEvent> events,
            Application application,
            List<Document> documents,
            Account account,
            List<AccountEvent> accountEvents,
            List<BankResult> bankResults,
            Correction corrects,
            List<Correction> correctedBy)
            implements Serializable {}

    /** The payroll the line is on: who created, computed and approved it, and when. */
    public record Run(
            long id,
            String unitCode,
            String unitName,
            YearMonth payMonth,
            PayrollStatus status,
            String createdBy,
            LocalDateTime createdAt,
            LocalDateTime computedAt,
            LocalDateTime ratesAsOf,
            String approvedBy,
            LocalDateTime approvedAt)
            implements Serializable {}

    /** The line itself: whose, for which month and component, how much, and how it was paid. */
    public record Line(
            long id,
            long personId,
            String beneficiaryName,
            Long payeeId,
            String payeeName,
            YearMonth forMonth,
            String component,
            LineKind kind,
            int correction,
            Category category,
            long amount,
            Long dueAmount,
            Long paidBefore,
            PaymentChannel channel,
            String bankCode,
            String accountNo,
            PaymentStatus paymentStatus,
            LocalDate paidOn,
            String failureReason,
            String holdReason,
            String communeCode)
            implements Serializable {

        /** Who received the money: the caregiver when someone else is paid, else the beneficiary. */
        public long receiverId() {
            return payeeId == null ? personId : payeeId;
        }

        /** A difference (truy lĩnh chênh lệch): shown with what was paid before and what is due now. */
        public boolean difference() {
            return kind == LineKind.DIFFERENCE;
        }
    }

    /**
     * A rate row the line was priced from: a standard level or an annex amount ({@code amount}), a
     * coefficient or a one-time multiple ({@code coefficient}); its legal act and who confirmed it.
     */
    public record Rate(
            RateKind kind,
            long id,
            Long amount,
            BigDecimal coefficient,
            String description,
            LocalDate effectiveFrom,
            String legalBasis,
            String documentNumber,
            LocalDate documentDate,
            String status,
            String createdBy,
            LocalDateTime createdAt,
            String confirmedBy,
            LocalDateTime confirmedAt)
            implements Serializable {

        /** The payment search's parameter for the lines priced from this row. */
        public String searchParameter() {
            return switch (kind) {
                case LEVEL -> "level";
                case COEFFICIENT -> "coefficient";
                default -> "annex";
            };
        }
    }

    public record Decision(
            long id,
            String number,
            DecisionKind kind,
            LocalDate signedOn,
            String signerName,
            String signerTitle,
            String legalBasis,
            YearMonth effectiveMonth,
            Long monthlyAmount)
            implements Serializable {}

    public record Case(long id, long applicationId, Category category, CaseStatus status, String communeCode)
            implements Serializable {}

    public record CaseEvent(
            LocalDateTime occurredAt, String actorName, CaseTransition transition, CaseStatus toStatus, String note)
            implements Serializable {}

    public record Application(long id, LocalDate receivedOn, ApplicationStatus status) implements Serializable {}

    public record Document(long id, DocumentKind kind, String fileName, LocalDateTime uploadedAt, String uploadedBy)
            implements Serializable {}

    /** The receiver's social-security account now, and its status on the day of the payment. */
    public record Account(
            long personId, AccountStatus status, String bankCode, String accountNo, AccountStatus statusAtPayment)
            implements Serializable {}

    public record AccountEvent(
            LocalDate happenedOn,
            AccountStatus fromStatus,
            AccountStatus toStatus,
            AccountEventSource source,
            String actor,
            String note)
            implements Serializable {}

    /** A row of an imported bank result file that named the line. */
    public record BankResult(
            String fileName,
            String bankCode,
            LocalDateTime importedAt,
            String importedBy,
            int fileRow,
            ResultOutcome outcome,
            String detail,
            LocalDate recordedOn)
            implements Serializable {

        /** The message key of a rejected row's reason (the bank's own reason of a failed row is {@link #detail}). */
        public String rejectionKey() {
            return outcome == ResultOutcome.REJECTED ? detail : null;
        }

        /** The bank's reason for a failed row. */
        public String bankReason() {
            return outcome == ResultOutcome.REJECTED ? null : detail;
        }
    }

    /** A line in a correction chain: the one a difference corrects, or a difference correcting this one. */
    public record Correction(long id, YearMonth forMonth, LineKind kind, int correction, long amount, long runId)
            implements Serializable {}
}
