package vn.ansinh.benefit.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.ansinh.shared.command.BusinessRuleException;

/** A rate change never alters a closed month: a month with an approved payroll is closed. */
final class ClosedMonths {

    private ClosedMonths() {
    }

    static void refuseIfClosed(EntityManager em, LocalDate effectiveFrom) {
        LocalDate latest = em.createQuery("select max(r.payMonth) from PayrollRun r where r.status = :approved", LocalDate.class)
                .setParameter("approved", vn.ansinh.payment.domain.PayrollStatus.APPROVED).getSingleResult();
        if (latest != null && !effectiveFrom.isAfter(latest.withDayOfMonth(latest.lengthOfMonth()))) {
            throw new BusinessRuleException("rate.error.closedMonth", latest.getMonthValue() + "/" + latest.getYear());
        }
    }
}
