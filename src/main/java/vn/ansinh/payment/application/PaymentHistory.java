package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.payment.domain.PaymentStatus;

/**
 * Every line ever computed for a person — paid, failed, pending, in arrears — with the payroll, the
 * rate rows and the decision behind it, and the recovery items raised. Read only; the caller checks
 * that the person is in the user's jurisdiction.
 */
@ApplicationScoped
public class PaymentHistory {

    @PersistenceContext
    private EntityManager em;

    /**
     * One payment line as an auditor traces it: priced as standard level × coefficient, or from an annex row
     * (a meritorious person's component: its description); paid to the beneficiary or to a caregiver.
     */
    public record Line(
            long lineId,
            YearMonth forMonth,
            String kind,
            YearMonth payMonth,
            String runUnit,
            String runStatus,
            String category,
            Long standardLevel,
            String levelBasis,
            BigDecimal coefficient,
            long amount,
            String decisionNumber,
            Long decisionId,
            String channel,
            String paymentStatus,
            String failureReason,
            LocalDate paidOn,
            String holdReason,
            String component,
            String annexDescription,
            String annexKind,
            String payeeName,
            String beneficiaryName)
            implements Serializable {

        /** Priced from an annex row (a fixed amount), not level × coefficient. */
        public boolean annex() {
            return annexDescription != null;
        }

        /** Held, or its payment stopped, because the benefit stopped: shown with the reason. */
        public boolean held() {
            return holdReason != null && !PaymentStatus.valueOf(paymentStatus).payable();
        }
    }

    /**
     * A recovery item: a month paid after the benefit ended, or (raised by a back-dated decrease, in
     * review until the approver confirms or waives it) paid {@code paidBefore} where {@code due} is due now.
     */
    public record Recovery(
            long id,
            YearMonth forMonth,
            long amount,
            vn.ansinh.payment.domain.RecoveryStatus status,
            long lineId,
            String communeCode,
            String note,
            String raisedBy,
            Long due,
            Long paidBefore)
            implements Serializable {

        public boolean open() {
            return status.open();
        }

        public boolean inReview() {
            return status.inReview();
        }

        public boolean waivable() {
            return status.waivable();
        }

        /** Raised by a back-dated decrease of a rate: shown with what was paid and what is due now. */
        public boolean fromDifference() {
            return due != null;
        }
    }

    /**
     * The person's lines: those of their own benefits (with the caregiver's name on a line paid to their
     * caregiver) and those paid to them as someone's caregiver (with the beneficiary's name).
     */
    public List<Line> lines(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT l.id, l.for_month, l.kind, r.pay_month, r.unit_code, r.status,"
                                + " l.category, l.standard_level, COALESCE(s.legal_basis, an.legal_basis), l.coefficient, l.amount, d.number,"
                                + " d.id, l.channel, l.payment_status, l.failure_reason, l.paid_on, l.hold_reason, l.component, an.description_vi, an.kind,"
                                + " CASE WHEN l.payee_person_id IS NOT NULL AND l.payee_person_id <> ? THEN payee.full_name END,"
                                + " CASE WHEN l.person_id <> ? THEN beneficiary.full_name END"
                                + " FROM payroll_line l JOIN payroll_run r ON r.id = l.run_id"
                                + " LEFT JOIN standard_level s ON s.id = l.standard_level_id LEFT JOIN annex_rate an ON an.id = l.annex_rate_id"
                                + " LEFT JOIN decision d ON d.id = l.decision_id LEFT JOIN person payee ON payee.id = l.payee_person_id"
                                + " JOIN person beneficiary ON beneficiary.id = l.person_id"
                                + " WHERE l.person_id = ? OR l.payee_person_id = ? ORDER BY l.for_month DESC, l.id DESC")
                .setParameter(1, personId)
                .setParameter(2, personId)
                .setParameter(3, personId)
                .setParameter(4, personId)
                .setMaxResults(600)
                .getResultList();
        return rows.stream()
                .map(r -> new Line(
                        ((Number) r[0]).longValue(),
                        month(r[1]),
                        (String) r[2],
                        month(r[3]),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        r[7] == null ? null : ((Number) r[7]).longValue(),
                        (String) r[8],
                        (BigDecimal) r[9],
                        ((Number) r[10]).longValue(),
                        (String) r[11],
                        r[12] == null ? null : ((Number) r[12]).longValue(),
                        (String) r[13],
                        (String) r[14],
                        (String) r[15],
                        date(r[16]),
                        (String) r[17],
                        (String) r[18],
                        (String) r[19],
                        (String) r[20],
                        (String) r[21],
                        (String) r[22]))
                .toList();
    }

    public List<Recovery> recoveries(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, for_month, amount, status, line_id, commune_code, note, raised_by,"
                                + " due_amount, paid_before FROM recovery_item WHERE person_id = ? ORDER BY for_month DESC, correction DESC")
                .setParameter(1, personId)
                .getResultList();
        return rows.stream()
                .map(r -> new Recovery(
                        ((Number) r[0]).longValue(),
                        month(r[1]),
                        ((Number) r[2]).longValue(),
                        vn.ansinh.payment.domain.RecoveryStatus.valueOf((String) r[3]),
                        ((Number) r[4]).longValue(),
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        r[8] == null ? null : ((Number) r[8]).longValue(),
                        r[9] == null ? null : ((Number) r[9]).longValue()))
                .toList();
    }

    private static YearMonth month(Object value) {
        LocalDate day = date(value);
        return day == null ? null : YearMonth.from(day);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
