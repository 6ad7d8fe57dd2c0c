package vn.ansinh.casework.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.YearMonth;
import java.util.List;
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
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.persistence.UnitSequences;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The commune chairman signs one list decision: it takes the commune's next decision number and, for a
 * rule that moves people, ends each listed case from the list's month (its last month is the one before,
 * reason {@link EndReason#RECLASSIFIED}) and opens and decides the case of the new category from that month
 * ({@link CaseOrigin#RECLASSIFICATION}); for a rule that keeps the case (a level or a band), adjusts each
 * listed case from the list's month; all at once, with one audit record naming each case's change. Refused
 * unless the chairman's unit is of the level the programme's rule in force names and covers the commune, to
 * whoever prepared the list (maker-checker), and when a listed case changed since the list was prepared, or
 * the rates confirmed now give it another amount after (prepare it again).
 */
public record SignListDecisionCommand(Long listId, AdminUnitCode commune, AdminUnitTree units)
        implements CommuneCommand.ByApprover<ListDecision> {

    @Override
    public String action() {
        return "listDecision.sign";
    }

    @Override
    public ListDecision execute(CommandContext context) {
        EntityManager em = context.em();
        ListDecision list = listId == null ? null : em.find(ListDecision.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null || !list.communeCode().equals(commune)) {
            throw new BusinessRuleException("listDecision.error.notFound");
        }
        CaseworkRules rules = CaseworkRules.load(em, context.now());
        ApprovalAuthority rule = rules.authorities().ruleFor(list.rule().programme(), context.today());
        AdminUnit issuingUnit = competentUnit(context, rule, list);
        YearMonth month = list.fromMonth();
        List<ListDecisionEntry> entries = new ListDecisions(em).entries(list.id());
        int year = context.today().getYear();
        long sequence = UnitSequences.next(em, issuingUnit.code(), "decision:" + rule.documentSymbol(), year);
        DecisionNumber number = new DecisionNumber(Math.toIntExact(sequence), rule.documentSymbol());
        String note = "Quyết định số " + number + " (danh sách)";
        ListDecisions listed = new ListDecisions(em);
        // each case's change, kept in the list's one audit record (a command writes one)
        JsonArrayBuilder cases = Jsons.createArrayBuilder();
        for (ListDecisionEntry entry : entries) {
            BenefitCase old = Cases.locked(em, entry.oldCaseId(), commune);
            Person person = em.find(Person.class, old.personId());
            // the case as prepared, and the rule still changes it the same way at the rates confirmed now
            var change = listed.change(list.rule(), old, person, month, rules.rates());
            if (!old.lifecycle().allows(CaseTransition.RECLASSIFY, old.status())
                    || old.category() != entry.oldCategory()
                    || (old.lastMonth() != null && old.lastMonth().isBefore(month))
                    || change.isEmpty()
                    || !java.util.Objects.equals(
                            change.get().after().amount(), entry.after().amount())) {
                throw new CaseException("listDecision.error.stale", person.fullName());
            }
            if (list.rule().keepsCase()) {
                cases.add(adjust(context, old, entry, number, month));
            } else {
                cases.add(move(context, rule, rules, old, entry, note, month));
            }
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
                issuingUnit.code(),
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
                Jsons.createObjectBuilder()
                        .add("status", "SIGNED")
                        .add("number", number.toString())
                        .add("entries", entries.size())
                        .add("cases", cases)
                        .build()
                        .toString());
        return list;
    }

    /** A move: the old case ends the month before the list's, the case of the new category opens from it. */
    private JsonObjectBuilder move(
            CommandContext context,
            ApprovalAuthority rule,
            CaseworkRules rules,
            BenefitCase old,
            ListDecisionEntry entry,
            String note,
            YearMonth month) {
        EntityManager em = context.em();
        YearMonth signingMonth = YearMonth.from(context.today());
        String before = CaseJson.of(old);
        em.persist(old.endByListDecision(month.minusMonths(1), note, context.actor(), context.now()));
        context.publish(BenefitStopped.ended(old, EndReason.RECLASSIFIED));
        String after = CaseJson.of(old);

        Application dossier = em.find(Application.class, old.applicationId())
                .followUp(entry.newCategory(), context.today(), context.actor().username(), context.now());
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
        Cases.store(em, opened, opened.submit(rule, rules.calendar(), context.today(), context.actor(), context.now()));
        em.persist(opened.approve(rule, context.today(), month, note, context.actor(), context.now()));
        if (!month.isAfter(signingMonth)) {
            em.persist(opened.activate(context.actor(), context.now()));
        }
        entry.opened(opened.id());
        return Jsons.createObjectBuilder()
                .add("case", old.id())
                .add("before", before)
                .add("after", after)
                .add("opened", opened.id())
                .add("openedAfter", CaseJson.of(opened));
    }

    /**
     * An adjustment: the case keeps its category and is adjusted (điều chỉnh) from the list's month, its history
     * naming the list decision and the amounts before and after. The payroll prices each month at the rates
     * confirmed then, so it pays the new amount from that month, and the difference for a closed month.
     */
    private JsonObjectBuilder adjust(
            CommandContext context, BenefitCase c, ListDecisionEntry entry, DecisionNumber number, YearMonth month) {
        EntityManager em = context.em();
        String before = CaseJson.of(c);
        String note = DecisionWriter.text(
                "list.note.adjusted",
                number.toString(),
                "%02d/%d".formatted(month.getMonthValue(), month.getYear()),
                entry.before().amount() == null
                        ? "—"
                        : VietnameseFormat.money(entry.before().amount()),
                VietnameseFormat.money(entry.after().amount()));
        em.persist(c.adjust(c.category(), c.disabilityLevel(), note, context.today(), context.actor(), context.now()));
        entry.kept();
        return Jsons.createObjectBuilder()
                .add("case", c.id())
                .add("before", before)
                .add("after", CaseJson.of(c))
                .add("note", note);
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
