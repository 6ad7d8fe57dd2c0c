package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.BenefitStopped;
import vn.ansinh.casework.domain.CaseException;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseTransition;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.casework.domain.DecisionNumber;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.AdminUnitCode;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.BusinessRuleException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.persistence.UnitSequences;
import vn.ansinh.shared.security.Role;

/**
 * The commune chairman signs one list decision: it takes the commune's next decision number, ends each
 * listed case from the list's month (its last month is the one before, reason {@link EndReason#RECLASSIFIED})
 * and opens and decides the case of the new category from that month ({@link CaseOrigin#RECLASSIFICATION}),
 * all at once with audit rows. Refused unless the chairman's unit is of the level the new programme's
 * rule in force names and covers the commune, to whoever prepared the list (maker-checker), and when a
 * listed case changed since the list was prepared (prepare it again).
 */
public record SignListDecisionCommand(Long listId, AdminUnitCode commune, AdminUnitTree units)
        implements Command<ListDecision> {

    @Override
    public String action() {
        return "listDecision.sign";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.APPROVER);
    }

    @Override
    public AdminUnitCode unit() {
        return commune;
    }

    @Override
    public ListDecision execute(CommandContext context) {
        EntityManager em = context.em();
        ListDecision list = listId == null ? null : em.find(ListDecision.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null || !list.communeCode().equals(commune)) {
            throw new BusinessRuleException("listDecision.error.notFound");
        }
        CaseworkRules rules = CaseworkRules.load(em, context.now());
        ApprovalAuthority rule = rules.authorities().ruleFor(list.rule().to().programme(), context.today());
        AdminUnit issuingUnit = competentUnit(context, rule, list);
        YearMonth month = list.fromMonth();
        YearMonth signingMonth = YearMonth.from(context.today());
        List<ListDecisionEntry> entries = new ListDecisions(em).entries(list.id());
        int year = context.today().getYear();
        long sequence = UnitSequences.next(em, issuingUnit.code(), "decision:" + rule.documentSymbol(), year);
        DecisionNumber number = new DecisionNumber(Math.toIntExact(sequence), rule.documentSymbol());
        String note = "Quyết định số " + number + " (danh sách)";
        for (ListDecisionEntry entry : entries) {
            BenefitCase old = Cases.locked(em, entry.oldCaseId(), commune);
            if (!old.lifecycle().allows(CaseTransition.RECLASSIFY, old.status())
                    || old.category() != entry.oldCategory()
                    || (old.lastMonth() != null && old.lastMonth().isBefore(month))) {
                throw new CaseException(
                        "listDecision.error.stale",
                        em.find(Person.class, old.personId()).fullName());
            }
            String before = CaseJson.of(old);
            em.persist(old.endByListDecision(month.minusMonths(1), note, context.actor(), context.now()));
            context.publish(BenefitStopped.ended(old, EndReason.RECLASSIFIED));
            context.recordChange("Case", old.id().toString(), before, CaseJson.of(old));

            Application dossier = em.find(Application.class, old.applicationId())
                    .followUp(
                            entry.newCategory(),
                            context.today(),
                            context.actor().username(),
                            context.now());
            em.persist(dossier);
            em.flush();
            // the dossier travels with the person to the new scheme, complete: the list decision decided it
            List<ApplicationDocument> documents = em.createQuery(
                            "select d from ApplicationDocument d where d.applicationId = :a" + " order by d.id",
                            ApplicationDocument.class)
                    .setParameter("a", old.applicationId())
                    .getResultList();
            documents.forEach(document -> em.persist(document.copyTo(dossier)));
            if (!documents.isEmpty()) {
                dossier.markReady(documents.size(), context.now());
            }
            BenefitCase opened =
                    BenefitCase.open(dossier, CaseOrigin.RECLASSIFICATION, old.id(), context.actor(), context.now());
            Cases.store(
                    em, opened, opened.submit(rule, rules.calendar(), context.today(), context.actor(), context.now()));
            em.persist(opened.approve(rule, context.today(), month, note, context.actor(), context.now()));
            if (!month.isAfter(signingMonth)) {
                em.persist(opened.activate(context.actor(), context.now()));
            }
            entry.opened(opened.id());
            context.recordChange("Case", opened.id().toString(), null, CaseJson.of(opened));
        }
        DecisionSheet sheet = ListDecisionWriter.sheet(
                list,
                rule,
                issuingUnit,
                number.toString(),
                context.today(),
                context.actor().displayName(),
                entries.size());
        String before = "{\"status\":\"" + list.status() + "\"}";
        list.sign(
                number,
                year,
                new Decision.Signature(
                        context.actor().username(),
                        context.actor().displayName(),
                        rule.signerTitle(),
                        context.today(),
                        context.now()),
                rule.legalBasis(),
                sheet.subject(),
                DecisionSheetJson.write(sheet));
        context.recordChange(
                "ListDecision",
                list.id().toString(),
                before,
                "{\"status\":\"SIGNED\",\"number\":\"" + number + "\",\"entries\":" + entries.size() + "}");
        return list;
    }

    /** The chairman's unit, when it is of the rule's level, covers the commune, and the chairman did not prepare the list. */
    private AdminUnit competentUnit(CommandContext context, ApprovalAuthority rule, ListDecision list) {
        var actor = context.actor();
        String refusal = null;
        var unit = units.unitOn(actor.unit(), context.today());
        if (actor.username().equals(list.preparedBy())) {
            refusal = "listDecision.error.ownList";
        } else if (unit.isEmpty()) {
            refusal = "case.error.approverUnitGone";
        } else if (unit.get().level() != rule.level()) {
            refusal = "case.error.wrongLevel";
        } else if (!units.coversOn(actor.unit(), commune, context.today())) {
            refusal = "error.access.unit";
        }
        if (refusal != null) {
            throw new AccessDeniedException(
                    refusal, "list decision " + list.id() + ": " + refusal + " for " + actor.username());
        }
        return unit.get();
    }
}
