package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionNumber;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.DecisionTerms;
import vn.ansinh.casework.domain.DossierMakers;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.persistence.UnitSequences;

/**
 * Signs a decision inside a command: takes the issuing unit's next number for the year (under a
 * row lock, so concurrent approvals never share one), writes the text and stores it, immutable.
 */
final class DecisionIssuer {

    private DecisionIssuer() {}

    /**
     * What a decision may say beyond its terms: more Article 1 lines after the amounts (a suspension's period,
     * a back pay, changed merit facts) or, for an approval, the approver's written reason for overriding failing
     * eligibility conditions.
     */
    record Extras(java.util.List<String> moreTerms, String eligibilityOverride) {

        static final Extras NONE = new Extras(java.util.List.of(), null);

        static Extras moreTerms(java.util.List<String> lines) {
            return new Extras(lines, null);
        }

        static Extras overridingEligibility(String reason) {
            return new Extras(java.util.List.of(), reason);
        }
    }

    /**
     * Who signs a decision on a case today: the casework rules in force, the programme's approval authority
     * rule among them, and the unit of the approver, found competent ({@link CompetentAuthority}).
     */
    record Signing(CaseworkRules rules, ApprovalAuthority rule, AdminUnitTree units, AdminUnit issuingUnit) {}

    /**
     * The signing of a decision on the case by the command's actor, or a refusal if they are not the competent
     * authority of the day (the programme's rule in force) or had a hand in the dossier ({@code makers}).
     */
    static Signing signing(CommandContext context, AdminUnitTree units, BenefitCase c, DossierMakers makers) {
        CaseworkRules rules = CaseworkRules.load(context.em(), context.now());
        ApprovalAuthority rule = rules.authorities().ruleFor(c.programme(), context.today());
        AdminUnit issuingUnit = CompetentAuthority.check(rule, context.actor(), units, c, makers, context.today());
        return new Signing(rules, rule, units, issuingUnit);
    }

    /** {@link #signing(CommandContext, AdminUnitTree, BenefitCase, DossierMakers)} with the dossier's makers. */
    static Signing signing(CommandContext context, AdminUnitTree units, BenefitCase c) {
        return signing(context, units, c, DossierMakers.of(context.em(), c));
    }

    static Decision issue(
            CommandContext context,
            BenefitCase c,
            Signing signing,
            DecisionTerms terms,
            Decision replaced,
            String endReasonText,
            Extras extras) {
        ApprovalAuthority rule = signing.rule();
        AdminUnitTree units = signing.units();
        AdminUnit issuingUnit = signing.issuingUnit();
        EntityManager em = context.em();
        LocalDate today = context.today();
        Person person = em.find(Person.class, c.personId());
        int year = today.getYear();
        long sequence = UnitSequences.next(em, issuingUnit.code(), "decision:" + rule.documentSymbol(), year);
        DecisionNumber number = new DecisionNumber(Math.toIntExact(sequence), rule.documentSymbol());
        AdminUnit parent = units.parentOf(issuingUnit)
                .filter(u -> u.level() != vn.ansinh.registry.domain.AdminUnitLevel.NATION)
                .orElse(null);
        String communeName = units.unitOn(c.communeCode(), today)
                .or(() -> units.find(c.communeCode()))
                .map(AdminUnit::fullName)
                .orElse(c.communeCode().value());
        String address = addressOf(person, units);
        String proposer = issuingUnit.code().equals(c.communeCode())
                ? "công chức phụ trách công tác văn hóa - xã hội"
                : "Ủy ban nhân dân " + communeName;
        Person claimant = c.claimantPersonId() == null ? null : em.find(Person.class, c.claimantPersonId());
        DecisionWriter.Facts facts = new DecisionWriter.Facts(
                c,
                person,
                address,
                terms,
                rule,
                issuingUnit,
                parent,
                number.toString(),
                today,
                context.actor().displayName(),
                replaced,
                endReasonText,
                proposer,
                claimant == null ? null : new DecisionWriter.Payee(claimant, addressOf(claimant, units)),
                extras.moreTerms());
        DecisionSheet sheet = DecisionWriter.sheet(facts);
        Decision decision = Decision.sign(
                c,
                issuingUnit.code(),
                number,
                year,
                terms,
                new Decision.Signature(
                        context.actor().username(),
                        context.actor().displayName(),
                        rule.signerTitle(),
                        today,
                        context.now()),
                rule.legalBasis(),
                sheet.subject(),
                replaced == null ? null : replaced.id(),
                DecisionSheetJson.write(sheet));
        if (extras.eligibilityOverride() != null) {
            decision.overridingEligibility(extras.eligibilityOverride());
        }
        em.persist(decision);
        em.flush();
        return decision;
    }

    /** The latest decision of the case that set its terms (a grant or an adjustment). */
    static Decision current(EntityManager em, BenefitCase c) {
        return em.createQuery("select d from Decision d where d.caseId = :c order by d.id desc", Decision.class)
                .setParameter("c", c.id())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static String addressOf(Person person, AdminUnitTree units) {
        StringBuilder text = new StringBuilder();
        if (person.address() != null && !person.address().isBlank()) {
            text.append(person.address().strip()).append(", ");
        }
        units.find(person.communeCode())
                .ifPresent(u -> text.append(u.fullName()).append(", "));
        units.find(person.provinceCode()).ifPresent(u -> text.append(u.fullName()));
        String result = text.toString();
        return result.endsWith(", ") ? result.substring(0, result.length() - 2) : result;
    }
}
