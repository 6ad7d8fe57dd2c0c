package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.benefit.domain.BenefitCoefficient;
import vn.ansinh.benefit.domain.Entitlement;
import vn.ansinh.benefit.domain.RateKind;
import vn.ansinh.benefit.domain.RateStatus;
import vn.ansinh.benefit.domain.RateTable;
import vn.ansinh.benefit.domain.Scheme;
import vn.ansinh.benefit.domain.StandardLevel;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListDecisionEntry.Amount;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * Who a list rule changes, with the amounts before and after from its month (the preview), the rate rows
 * still pending that the amounts would need, and the lists kept. Reads only; the amounts use the rates as
 * confirmed at the moment given (never a pending row).
 */
public final class ListDecisions {

    /** One person the rule changes: the case, the amounts before and after in the month, the category after. */
    public record Row(
            AdminUnitCode commune,
            Long caseId,
            Long personId,
            String name,
            String birth,
            BenefitCase oldCase,
            Category newCategory,
            YearMonth month,
            Amount before,
            Amount after,
            String ruleApplied)
            implements Serializable {}

    /** What a rule changes for one case from a month: the amounts before and after. */
    public record Change(Amount before, Amount after) {}

    /**
     * A rate row the preview would need but which is still pending (not counted until a second administrator
     * confirms it): its kind, what it prices (a category's or a scheme's label key), its start and legal basis.
     */
    public record PendingRow(RateKind kind, String labelKey, LocalDate effectiveFrom, String legalBasis)
            implements Serializable {}

    private final EntityManager em;

    public ListDecisions(EntityManager em) {
        this.em = em;
    }

    /**
     * The preview: per commune of the unit ({@link UnitScope}: a commune, a province, or the nation), the
     * decided cases of the rule's categories still running in {@code month} that the rule changes
     * ({@link #change}); a case already on a signed list of the same rule and month is not listed again.
     */
    public Map<AdminUnitCode, List<Row>> preview(ListRule rule, UnitScope unit, YearMonth month, RateTable rates) {
        UnitScope.Condition within = unit.residence("c.communeCode", "c.provinceCode");
        var query = em.createQuery(
                        "select c from BenefitCase c where c.category in :categories"
                                + " and c.status in :statuses and (c.entitledUntil is null or c.entitledUntil >= :month)"
                                + " and " + within.jpql("scope")
                                + " order by c.communeCode, c.id",
                        BenefitCase.class)
                .setParameter("categories", rule.categories())
                // the statuses a list decision may change: its programme's lifecycle says (RECLASSIFY)
                .setParameter(
                        "statuses", Lifecycle.of(rule.programme()).transitions().get(CaseTransition.RECLASSIFY))
                .setParameter("month", month.atDay(1));
        List<BenefitCase> cases = within.bind(query, "scope").getResultList();
        Set<Long> alreadySigned = rule.keepsCase() ? signedCases(rule, month) : Set.of();
        Map<AdminUnitCode, List<Row>> byCommune = new LinkedHashMap<>();
        for (BenefitCase c : cases) {
            Person person = em.find(Person.class, c.personId());
            if (person.isDeceased() || alreadySigned.contains(c.id())) {
                continue;
            }
            Optional<Change> change = change(rule, c, person, month, rates);
            if (change.isEmpty()) {
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
                            rule.categoryAfter(c.category()),
                            month,
                            change.get().before(),
                            change.get().after(),
                            rule.legalBasis()));
        }
        return byCommune;
    }

    /**
     * The one definition of what a rule changes for a case from {@code month} (the preview and the signature
     * both use it), or empty when it changes nothing:
     * <ul>
     * <li>a move: before, the case's category in the month; after, the new category in the month (empty when
     *     the new category has no amount for the person then, e.g. outside its age band);</li>
     * <li>an adjustment: only a case that may be adjusted now (its lifecycle allows it); before, the amount of
     *     the month before at the same rates (for a case starting in the month, the amount its decision
     *     states); after, the amount in the month; empty when the month has no amount or both are equal.</li>
     * </ul>
     */
    public Optional<Change> change(ListRule rule, BenefitCase c, Person person, YearMonth month, RateTable rates) {
        String province = c.provinceCode().value();
        if (!rule.keepsCase()) {
            Amount before =
                    amount(rates.entitlement(c.category(), c.disabilityLevel(), person.birthDate(), province, month));
            Optional<Entitlement> after =
                    rates.entitlement(rule.categoryAfter(c.category()), null, person.birthDate(), province, month);
            return after.map(e -> new Change(before, amount(after)));
        }
        if (!c.lifecycle().allows(CaseTransition.ADJUST, c.status())) {
            return Optional.empty();
        }
        Amount after =
                amount(rates.entitlement(c.category(), c.disabilityLevel(), person.birthDate(), province, month));
        Amount before = c.firstMonth() != null && c.firstMonth().isBefore(month)
                ? amount(rates.entitlement(
                        c.category(), c.disabilityLevel(), person.birthDate(), province, month.minusMonths(1)))
                : decided(c);
        if (after.amount() == null || Objects.equals(before.amount(), after.amount())) {
            return Optional.empty();
        }
        return Optional.of(new Change(before, after));
    }

    /**
     * The rate rows the rule's amounts in {@code month} could need that are still pending: coefficient rows of
     * the categories before and after, and standard levels of their schemes (national, or of a province that
     * covers the unit or that the unit covers), starting on or before the month's first day. The preview
     * uses confirmed rows only; these are what an administrator still has to confirm.
     */
    public List<PendingRow> pending(ListRule rule, AdminUnitCode unit, YearMonth month, AdminUnitTree units) {
        Set<Category> categories = new HashSet<>(rule.categories());
        rule.categories().forEach(c -> categories.add(rule.categoryAfter(c)));
        Set<Scheme> schemes = new HashSet<>();
        categories.forEach(c -> Scheme.of(c).ifPresent(schemes::add));
        LocalDate day = month.atDay(1);
        List<PendingRow> rows = new ArrayList<>();
        em.createQuery(
                        "select c from BenefitCoefficient c where c.status = :pending and c.category in :categories"
                                + " and c.effectiveFrom <= :day order by c.effectiveFrom, c.id",
                        BenefitCoefficient.class)
                .setParameter("pending", RateStatus.PENDING)
                .setParameter("categories", categories)
                .setParameter("day", day)
                .getResultList()
                .forEach(c -> rows.add(new PendingRow(
                        RateKind.COEFFICIENT, c.category().labelKey(), c.effectiveFrom(), c.legalBasis())));
        em
                .createQuery(
                        "select l from StandardLevel l where l.status = :pending and l.scheme in :schemes"
                                + " and l.effectiveFrom <= :day order by l.effectiveFrom, l.id",
                        StandardLevel.class)
                .setParameter("pending", RateStatus.PENDING)
                .setParameter("schemes", schemes)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .filter(l -> l.provinceCode() == null
                        || units.covers(AdminUnitCode.of(l.provinceCode()), unit)
                        || units.covers(unit, AdminUnitCode.of(l.provinceCode())))
                .forEach(l -> rows.add(new PendingRow(
                        RateKind.LEVEL, "rate.scheme." + l.scheme().name(), l.effectiveFrom(), l.legalBasis())));
        return rows;
    }

    /** The lists of the unit not discarded, newest first. */
    public List<ListDecision> lists(UnitScope unit) {
        UnitScope.Condition within = unit.residence("l.communeCode", "l.provinceCode");
        var query = em.createQuery(
                        "select l from ListDecision l where l.status <> :discarded and " + within.jpql("scope")
                                + " order by l.id desc",
                        ListDecision.class)
                .setParameter("discarded", ListDecisionStatus.DISCARDED);
        return within.bind(query, "scope").setMaxResults(200).getResultList();
    }

    public List<ListDecisionEntry> entries(Long listId) {
        return em.createQuery(
                        "select e from ListDecisionEntry e where e.listId = :list order by e.id",
                        ListDecisionEntry.class)
                .setParameter("list", listId)
                .getResultList();
    }

    /** The cases on a signed list of the rule from the month (an adjustment is signed once). */
    private Set<Long> signedCases(ListRule rule, YearMonth month) {
        return new HashSet<>(em.createQuery(
                        "select e.oldCaseId from ListDecisionEntry e, ListDecision l where l.id = e.listId"
                                + " and l.rule = :rule and l.fromMonth = :month and l.status = :signed",
                        Long.class)
                .setParameter("rule", rule)
                .setParameter("month", month.atDay(1))
                .setParameter("signed", ListDecisionStatus.SIGNED)
                .getResultList());
    }

    /** The amount the case's decision in force states (a case whose first month is the list's). */
    private Amount decided(BenefitCase c) {
        Decision d = DecisionIssuer.current(em, c);
        return d == null || d.monthlyAmount() == null
                ? Amount.NONE
                : new Amount(d.standardLevel(), d.coefficient(), d.monthlyAmount());
    }

    static Amount amount(Optional<Entitlement> entitlement) {
        return entitlement
                .map(e -> new Amount(e.standardLevel(), e.coefficient(), e.amount()))
                .orElse(Amount.NONE);
    }
}
