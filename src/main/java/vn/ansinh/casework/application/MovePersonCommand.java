package vn.ansinh.casework.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.CaseOrigin;
import vn.ansinh.casework.domain.CaseworkQueries;
import vn.ansinh.casework.domain.DecisionKind;
import vn.ansinh.casework.domain.EndReason;
import vn.ansinh.casework.domain.Lifecycle;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.security.Role;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The officer of the old commune records a move (chuyển nơi cư trú): each running monthly
 * allowance gets a termination proposal here with the month of the move as its last (payments after it
 * held at once, the decision signed by the authority), and a transfer case opens at the new commune,
 * submitted with the same dossier, to be paid from the month after: no month is paid twice and
 * none is missed. Dossiers still pending here are withdrawn.
 */
public record MovePersonCommand(
        Long personId, AdminUnitCode fromCommune, Residence newResidence, String newAddress, LocalDate movedOn)
        implements Command<MovePersonCommand.Outcome> {

    /** The cases ended at the old commune and the transfer cases opened at the new one. */
    public record Outcome(List<Long> endedCases, List<Long> transferCases) {}

    @Override
    public String action() {
        return "person.move";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.COMMUNE_OFFICER);
    }

    @Override
    public AdminUnitCode unit() {
        return fromCommune;
    }

    @Override
    public Outcome execute(CommandContext context) {
        EntityManager em = context.em();
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.communeCode().equals(fromCommune)) {
            throw new BusinessRuleException("person.error.notFound");
        }
        if (person.isDeceased()) {
            throw new BusinessRuleException("application.error.deceased");
        }
        if (newResidence == null || newResidence.communeCode().equals(fromCommune)) {
            throw new BusinessRuleException("person.error.sameCommune");
        }
        if (movedOn == null
                || movedOn.isAfter(context.today())
                || movedOn.isBefore(person.birthDate().earliestDay())) {
            throw new BusinessRuleException("person.error.moveDate");
        }
        String before = "{\"commune\":\"" + person.communeCode().value() + "\"}";
        person.moveTo(newResidence, newAddress == null ? null : newAddress.strip(), context.now());
        String note = "Chuyển đến " + newResidence.communeCode().value() + " ngày " + VietnameseFormat.date(movedOn);
        YearMonth lastMonth = YearMonth.from(movedOn);
        CaseworkRules rules = CaseworkRules.load(em, context.now());
        List<Long> ended = new ArrayList<>();
        List<Long> transfers = new ArrayList<>();
        for (BenefitCase c : CaseworkQueries.openCasesOf(em, personId)) {
            if (!c.communeCode().equals(fromCommune) || c.lifecycle() == Lifecycle.ONE_TIME_SUPPORT) {
                continue;
            }
            if (c.status().isEditable() || c.status().awaitsDecision()) {
                em.persist(c.withdraw(note, context.actor(), context.now()));
                ended.add(c.id());
            } else if (c.lifecycle() == Lifecycle.MONTHLY_ALLOWANCE) {
                // a termination proposal, held at once, signed by the authority here
                YearMonth last = c.status() == vn.ansinh.casework.domain.CaseStatus.TERMINATION_PROPOSED
                        ? StopProposals.open(em, c).month()
                        : StopProposals.propose(
                                        context,
                                        c,
                                        DecisionKind.TERMINATION,
                                        EndReason.MOVED_AWAY,
                                        lastMonth,
                                        null,
                                        note)
                                .month();
                ended.add(c.id());
                transfers.add(openTransfer(context, rules, person, c, last));
            } else if (c.lifecycle() == Lifecycle.POVERTY_RECOGNITION) {
                em.persist(c.terminate(EndReason.MOVED_AWAY, lastMonth, note, context.actor(), context.now()));
                ended.add(c.id());
            }
        }
        context.recordChange(
                "Person",
                personId.toString(),
                before,
                "{\"commune\":\"" + newResidence.communeCode().value() + "\",\"endedCases\":" + ended
                        + ",\"transferCases\":" + transfers + "}");
        return new Outcome(List.copyOf(ended), List.copyOf(transfers));
    }

    private Long openTransfer(
            CommandContext context, CaseworkRules rules, Person person, BenefitCase old, YearMonth oldLast) {
        EntityManager em = context.em();
        Application oldDossier = em.find(Application.class, old.applicationId());
        Application dossier = oldDossier.transferredTo(
                person, context.today(), context.actor().username(), context.now());
        em.persist(dossier);
        em.flush();
        em.createQuery(
                        "select d from ApplicationDocument d where d.applicationId = :a order by d.id",
                        ApplicationDocument.class)
                .setParameter("a", oldDossier.id())
                .getResultList()
                .forEach(document -> em.persist(document.copyTo(dossier)));
        BenefitCase transfer = BenefitCase.open(dossier, CaseOrigin.TRANSFER, old.id(), context.actor(), context.now());
        transfer.continueFrom(oldLast.plusMonths(1));
        var rule = rules.authorities().ruleFor(transfer.programme(), context.today());
        var submitted = transfer.submit(rule, rules.calendar(), context.today(), context.actor(), context.now());
        Cases.store(em, transfer, submitted);
        return transfer.id();
    }
}
