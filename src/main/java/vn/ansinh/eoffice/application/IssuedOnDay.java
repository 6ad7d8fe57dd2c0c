package vn.ansinh.eoffice.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * What a unit issued on a day, for its day package: its individual decisions and the list decisions its chairman
 * signed, each in the order of their numbers. Both take their numbers from the unit's one sequence, so no two
 * share a number.
 */
public final class IssuedOnDay {

    private IssuedOnDay() {}

    public static List<Decision> decisions(EntityManager em, AdminUnitCode unit, LocalDate day) {
        return em.createQuery(
                        "select d from Decision d where d.issuingUnitCode = :u and d.signedOn = :day"
                                + " order by d.documentSymbol, d.sequence",
                        Decision.class)
                .setParameter("u", unit.value())
                .setParameter("day", day)
                .getResultList();
    }

    public static List<ListDecision> lists(EntityManager em, AdminUnitCode unit, LocalDate day) {
        return em.createQuery(
                        "select l from ListDecision l where l.issuingUnitCode = :u and l.signedOn = :day"
                                + " and l.status = :signed order by l.documentSymbol, l.sequence",
                        ListDecision.class)
                .setParameter("u", unit.value())
                .setParameter("day", day)
                .setParameter("signed", ListDecisionStatus.SIGNED)
                .getResultList();
    }
}
