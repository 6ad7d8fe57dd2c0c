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
import vn.ansinh.casework.domain.CaseStatus;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListDecisionEntry.Amount;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.registry.application.UnitScope;
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
     * The preview: per commune of the unit ({@link UnitScope}: a commune, a province, or the nation), the decided cases of
     * the rule's category still running in {@code month}, with the amounts the confirmed rates give the
     * old and the new category in that month. A person the new category has no amount for in that month
     * (outside its age band) is not moved.
     */
    public Map<AdminUnitCode, List<Row>> preview(ListRule rule, UnitScope unit, YearMonth month, RateTable rates) {
        UnitScope.Condition within = unit.residence("c.communeCode", "c.provinceCode");
        var query = em.createQuery(
                        "select c from BenefitCase c where c.category = :category"
                                + " and c.status in :statuses and (c.entitledUntil is null or c.entitledUntil >= :month)"
                                + " and " + within.jpql("scope")
                                + " order by c.communeCode, c.id",
                        BenefitCase.class)
                .setParameter("category", rule.from())
                .setParameter("statuses", List.of(CaseStatus.ACTIVE, CaseStatus.APPROVED))
                .setParameter("month", month.atDay(1));
        List<BenefitCase> cases = within.bind(query, "scope").getResultList();
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
    public List<ListDecision> lists(UnitScope unit) {
        UnitScope.Condition within = unit.residence("l.communeCode", "l.provinceCode");
        var query = em.createQuery(
                        "select l from ListDecision l where l.status <> :discarded and " + within.jpql("scope")
                                + " order by l.id desc",
                        ListDecision.class)
                .setParameter("discarded", vn.ansinh.casework.domain.ListDecisionStatus.DISCARDED);
        return within.bind(query, "scope").setMaxResults(200).getResultList();
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
