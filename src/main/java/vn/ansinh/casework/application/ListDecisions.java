package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.benefit.domain.Entitlement;
import vn.ansinh.benefit.domain.RateTable;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListDecisionEntry.Amount;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.Person;

/**
 * Who a list rule moves, with the amounts before and after from its month (the preview), and the
 * lists kept. Reads only.
 */
public final class ListDecisions {

    /** One person the rule moves: the case that ends, the amounts of the old and new category in the month. */
    public record Row(
            AdminUnitCode commune,
            Long caseId,
            Long personId,
            String name,
            String birth,
            BenefitCase oldCase,
            Amount before,
            Amount after,
            String ruleApplied) {}

    private final EntityManager em;

    public ListDecisions(EntityManager em) {
        this.em = em;
    }

    /**
     * The preview: per commune of the unit (a commune, a province, or the nation), the decided cases of
     * the rule's category still running in {@code month}, with the amounts the confirmed rates give the
     * old and the new category in that month. A person the new category has no amount for in that month
     * (outside its age band) is not moved.
     */
    public Map<AdminUnitCode, List<Row>> preview(ListRule rule, AdminUnitCode unit, YearMonth month, RateTable rates) {
        var query = em.createQuery(
                        "select c from BenefitCase c where c.category = :category"
                                + " and c.status in :statuses and (c.entitledUntil is null or c.entitledUntil >= :month)"
                                + (unit.isNational() ? "" : " and (c.communeCode = :unit or c.provinceCode = :unit)")
                                + " order by c.communeCode, c.id",
                        BenefitCase.class)
                .setParameter("category", rule.from())
                // the statuses a list decision may end: its programme's lifecycle says (RECLASSIFY)
                .setParameter(
                        "statuses",
                        Lifecycle.of(rule.from().programme()).transitions().get(CaseTransition.RECLASSIFY))
                .setParameter("month", month.atDay(1));
        if (!unit.isNational()) {
            query.setParameter("unit", unit.value());
        }
        List<BenefitCase> cases = query.getResultList();
        Map<AdminUnitCode, List<Row>> byCommune = new LinkedHashMap<>();
        for (BenefitCase c : cases) {
            Person person = em.find(Person.class, c.personId());
            if (person.isDeceased()) {
                continue;
            }
            Amount before = amount(rates.entitlement(
                    c.category(),
                    c.disabilityLevel(),
                    person.birthDate(),
                    c.provinceCode().value(),
                    month));
            Optional<Entitlement> after = rates.entitlement(
                    rule.to(), null, person.birthDate(), c.provinceCode().value(), month);
            if (after.isEmpty()) {
                continue;
            }
            byCommune
                    .computeIfAbsent(c.communeCode(), k -> new ArrayList<>())
                    .add(new Row(
                            c.communeCode(),
                            c.id(),
                            person.id(),
                            person.fullName(),
                            person.birthDate().format(),
                            c,
                            before,
                            amount(after),
                            rule.legalBasis()));
        }
        return byCommune;
    }

    /** The lists of the unit not discarded, newest first. */
    public List<ListDecision> lists(AdminUnitCode unit) {
        var query = em.createQuery(
                        "select l from ListDecision l where l.status <> :discarded"
                                + (unit.isNational() ? "" : " and (l.communeCode = :unit or l.provinceCode = :unit)")
                                + " order by l.id desc",
                        ListDecision.class)
                .setParameter("discarded", vn.ansinh.casework.domain.ListDecisionStatus.DISCARDED);
        if (!unit.isNational()) {
            query.setParameter("unit", unit.value());
        }
        return query.setMaxResults(200).getResultList();
    }

    public List<ListDecisionEntry> entries(Long listId) {
        return em.createQuery(
                        "select e from ListDecisionEntry e where e.listId = :list order by e.id",
                        ListDecisionEntry.class)
                .setParameter("list", listId)
                .getResultList();
    }

    static Amount amount(Optional<Entitlement> entitlement) {
        return entitlement
                .map(e -> new Amount(e.standardLevel(), e.coefficient(), e.amount()))
                .orElse(Amount.NONE);
    }
}
