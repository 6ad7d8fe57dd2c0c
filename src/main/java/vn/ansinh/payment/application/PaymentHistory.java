package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** One payment line as an auditor traces it. */
    public record Line(long lineId, YearMonth forMonth, String kind, YearMonth payMonth, String runUnit, String runStatus,
            String category, long standardLevel, String levelBasis, BigDecimal coefficient, long amount, String decisionNumber,
            Long decisionId, String channel, String paymentStatus, String failureReason, LocalDate paidOn, String holdReason) {

        /** Held, or its payment stopped, because the benefit stopped: shown with the reason. */
        public boolean held() {
            return holdReason != null && !PaymentStatus.valueOf(paymentStatus).payable();
        }
    }

    /**
     * A recovery item: a month paid after the benefit ended, or (raised by a back-dated decrease, in
     * review until the approver confirms or waives it) paid {@code paidBefore} where {@code due} is due now.
     */
    public record Recovery(long id, YearMonth forMonth, long amount, String status, long lineId, String communeCode,
            String note, String raisedBy, Long due, Long paidBefore) {

        public boolean open() {
            return vn.ansinh.payment.domain.RecoveryStatus.valueOf(status).open();
        }

        public boolean inReview() {
            return vn.ansinh.payment.domain.RecoveryStatus.valueOf(status).inReview();
        }

        public boolean waivable() {
            return vn.ansinh.payment.domain.RecoveryStatus.valueOf(status).waivable();
        }

        /** Raised by a back-dated decrease of a rate: shown with what was paid and what is due now. */
        public boolean fromDifference() {
            return due != null;
        }
    }

    public List<Line> lines(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.id, l.for_month, l.kind, r.pay_month, r.unit_code, r.status,"
                        + " l.category, l.standard_level, s.legal_basis, l.coefficient, l.amount, d.number, d.id, l.channel,"
                        + " l.payment_status, l.failure_reason, l.paid_on, l.hold_reason"
                        + " FROM payroll_line l JOIN payroll_run r ON r.id = l.run_id"
                        + " JOIN standard_level s ON s.id = l.standard_level_id LEFT JOIN decision d ON d.id = l.decision_id"
                        + " WHERE l.person_id = ? ORDER BY l.for_month DESC, l.id DESC")
                .setParameter(1, personId).setMaxResults(600).getResultList();
        return rows.stream().map(r -> new Line(((Number) r[0]).longValue(), month(r[1]), (String) r[2], month(r[3]),
                (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).longValue(), (String) r[8], (BigDecimal) r[9],
                ((Number) r[10]).longValue(), (String) r[11], r[12] == null ? null : ((Number) r[12]).longValue(),
                (String) r[13], (String) r[14], (String) r[15], date(r[16]), (String) r[17])).toList();
    }

    public List<Recovery> recoveries(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, for_month, amount, status, line_id, commune_code, note, raised_by,"
                        + " due_amount, paid_before FROM recovery_item WHERE person_id = ? ORDER BY for_month DESC, correction DESC")
                .setParameter(1, personId).getResultList();
        return rows.stream().map(r -> new Recovery(((Number) r[0]).longValue(), month(r[1]), ((Number) r[2]).longValue(),
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), r[9] == null ? null : ((Number) r[9]).longValue())).toList();
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
