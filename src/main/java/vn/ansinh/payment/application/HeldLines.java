package vn.ansinh.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.payment.domain.PaymentStatus;

/** The lines of a run held or stopped because the benefit stopped, for the run page. Read only. */
@ApplicationScoped
public class HeldLines {

    private static final int MAX = 500;

    @PersistenceContext
    private EntityManager em;

    /** One held or stopped line: who, which month, how much, where it stands and why. */
    public record Line(
            long lineId,
            long personId,
            String personName,
            YearMonth forMonth,
            long amount,
            PaymentStatus status,
            String holdReason)
            implements Serializable {}

    /** The run's lines that may not be paid (held, or stop requested), by name. */
    public List<Line> ofRun(long runId) {
        return em
                .createQuery(
                        "select l.id, p.id, p.fullName, l.forMonth, l.amount, l.paymentStatus, l.holdReason "
                                + "from PayrollLine l, Person p where p.id = l.personId and l.runId = :run "
                                + "and l.paymentStatus in :held order by p.nameFolded, l.forMonth, l.id",
                        Object[].class)
                .setParameter("run", runId)
                .setParameter("held", PaymentStatus.where(s -> !s.payable()))
                .setMaxResults(MAX)
                .getResultList()
                .stream()
                .map(r -> new Line(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        YearMonth.from((LocalDate) r[3]),
                        ((Number) r[4]).longValue(),
                        (PaymentStatus) r[5],
                        (String) r[6]))
                .toList();
    }
}
