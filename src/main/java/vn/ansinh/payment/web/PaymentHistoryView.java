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
import vn.ansinh.shared.web.RecordParam;

/** A beneficiary's payment history ({@code ?personId=}), for anyone whose jurisdiction holds them; read only. */
@Named
@ViewScoped
public class PaymentHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegistryReader registry;

    @Inject
    private PaymentHistory history;

    private String personId;
    private Person person;
    private List<PaymentHistory.Line> lines = List.of();
    private List<PaymentHistory.Recovery> recoveries = List.of();

    public void load() {
        RecordParam.find(personId, id -> {
            person = registry.person(id);
            lines = history.lines(person.id());
            recoveries = history.recoveries(person.id());
            return person;
        });
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
            lines = history.lines(person.id());
            recoveries = history.recoveries(person.id());
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
    public String getPersonId() { return personId; }
    public void setPersonId(String personId) { this.personId = personId; }
    public Person getPerson() { return person; }
    public List<PaymentHistory.Line> getLines() { return lines; }
    public List<PaymentHistory.Recovery> getRecoveries() { return recoveries; }
}
