package vn.ansinh.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.payment.application.ConfirmRecoveryCommand;
import vn.ansinh.payment.application.DifferenceLines;
import vn.ansinh.payment.application.PaymentHistory;
import vn.ansinh.payment.application.SettleRecoveryCommand;
import vn.ansinh.payment.application.WaiveRecoveryCommand;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
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

    @Inject
    private AccessLog accessLog;

    private String personId;
    private Person person;
    private List<PaymentHistory.Line> lines = List.of();
    private List<PaymentHistory.Recovery> recoveries = List.of();
    private java.util.Map<Long, DifferenceLines.Line> differences = java.util.Map.of();

    @Inject
    private DifferenceLines differenceLines;

    public void load() {
        RecordParam.find(
                        personId,
                        id -> {
                            person = registry.person(id);
                            lines = history.lines(person.id());
                            recoveries = history.recoveries(person.id());
                            differences = byLine(differenceLines.ofPerson(person.id()));
                            return person;
                        },
                        accessLog,
                        AccessKind.PAYMENT_HISTORY)
                .ifPresent(p -> accessLog.read(AccessKind.PAYMENT_HISTORY, p.communeCode(), p.id(), "#" + p.id()));
    }

    @Inject
    private CommandEngine engine;

    private String recoveryNote;

    /** The officer records that an item was recovered, with the receipt. */
    public void settle(PaymentHistory.Recovery item) {
        submit(
                new SettleRecoveryCommand(item.id(), AdminUnitCode.of(item.communeCode()), recoveryNote),
                "recovery.done");
    }

    /** The approver confirms an item in review (a back-dated decrease): it is to be collected. */
    public void confirm(PaymentHistory.Recovery item) {
        submit(new ConfirmRecoveryCommand(item.id(), AdminUnitCode.of(item.communeCode())), "recovery.confirmed");
    }

    /** The approver waives an item, with the written reason. */
    public void waive(PaymentHistory.Recovery item) {
        submit(
                new WaiveRecoveryCommand(item.id(), AdminUnitCode.of(item.communeCode()), recoveryNote),
                "recovery.waived");
    }

    private void submit(Command<?> command, String done) {
        PageActions.attempt(() -> {
            engine.submit(command);
            Messages.info(done);
            recoveryNote = null;
            lines = history.lines(person.id());
            recoveries = history.recoveries(person.id());
        });
    }

    public boolean maySettle(PaymentHistory.Recovery item) {
        return item.open()
                && engine.permits(new SettleRecoveryCommand(item.id(), AdminUnitCode.of(item.communeCode()), null));
    }

    public boolean mayWaive(PaymentHistory.Recovery item) {
        return item.waivable()
                && engine.permits(new WaiveRecoveryCommand(item.id(), AdminUnitCode.of(item.communeCode()), null));
    }

    public boolean mayConfirm(PaymentHistory.Recovery item) {
        return item.inReview()
                && engine.permits(new ConfirmRecoveryCommand(item.id(), AdminUnitCode.of(item.communeCode())));
    }

    /** The difference a line pays (old and new amounts and rates), or null for a line that is not one. */
    public DifferenceLines.Line difference(PaymentHistory.Line line) {
        return differences.get(line.lineId());
    }

    private static java.util.Map<Long, DifferenceLines.Line> byLine(List<DifferenceLines.Line> lines) {
        java.util.Map<Long, DifferenceLines.Line> map = new java.util.HashMap<>();
        lines.forEach(l -> map.put(l.lineId(), l));
        return map;
    }

    public String getRecoveryNote() {
        return recoveryNote;
    }

    public void setRecoveryNote(String recoveryNote) {
        this.recoveryNote = recoveryNote;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public Person getPerson() {
        return person;
    }

    public List<PaymentHistory.Line> getLines() {
        return lines;
    }

    public List<PaymentHistory.Recovery> getRecoveries() {
        return recoveries;
    }
}
