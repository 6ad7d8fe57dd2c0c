package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.payment.application.PaymentHistory;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.web.Pages;

/** A beneficiary's payment history ({@code ?personId=}), for anyone whose jurisdiction holds them; read only. */
@Named
@ViewScoped
public class PaymentHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader registry;

    @Inject
    private PaymentHistory history;

    private Long personId;
    private Person person;
    private List<PaymentHistory.Line> lines = List.of();
    private List<PaymentHistory.Recovery> recoveries = List.of();

    public void load() {
        try {
            person = registry.person(personId);
            lines = history.lines(person.id());
            recoveries = history.recoveries(person.id());
        } catch (AccessDeniedException e) {
            Pages.refuse(e);
        }
    }

    @Inject
    private vn.ansinh.shared.command.CommandEngine engine;

    private String recoveryNote;

    /** Records a recovery item as recovered or waived (commune officers). */
    public void settle(PaymentHistory.Recovery item, String outcome) {
        try {
            engine.submit(new vn.ansinh.payment.application.SettleRecoveryCommand(item.id(),
                    vn.ansinh.registry.domain.AdminUnitCode.of(item.communeCode()), outcome, recoveryNote));
            vn.ansinh.shared.web.Messages.info("recovery.done");
            recoveryNote = null;
            load();
        } catch (AccessDeniedException e) {
            vn.ansinh.shared.web.Messages.error(e.messageKey());
        } catch (vn.ansinh.shared.command.BusinessRuleException e) {
            vn.ansinh.shared.web.Messages.error(e.messageKey(), e.arguments());
        }
    }

    public boolean maySettle(PaymentHistory.Recovery item) {
        return "OPEN".equals(item.status()) && engine.permits(new vn.ansinh.payment.application.SettleRecoveryCommand(
                item.id(), vn.ansinh.registry.domain.AdminUnitCode.of(item.communeCode()), "SETTLED", null));
    }

    public String getRecoveryNote() { return recoveryNote; }
    public void setRecoveryNote(String recoveryNote) { this.recoveryNote = recoveryNote; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public Person getPerson() { return person; }
    public List<PaymentHistory.Line> getLines() { return lines; }
    public List<PaymentHistory.Recovery> getRecoveries() { return recoveries; }
}
