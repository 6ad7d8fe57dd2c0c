package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.casework.application.CaseWorklists;
import vn.ansinh.casework.application.CaseWorklists.WorkItem;
import vn.ansinh.casework.application.TransferRequests;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.security.Role;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/**
 * The user's worklist: drafts, returned cases and transfer requests (to decide, and sent) for an
 * officer; the decision queue for an approver.
 */
@Named
@ViewScoped
public class WorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWorklists worklists;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private TransferRequests transfers;

    private List<WorkItem> drafts = List.of();
    private List<WorkItem> returned = List.of();
    private List<WorkItem> queue = List.of();
    private boolean officer;
    private List<TransferRequests.Incoming> incomingTransfers = List.of();
    private List<TransferRequests.Outgoing> outgoingTransfers = List.of();
    private final Map<Long, String> refusalReasons = new HashMap<>();

    public void load() {
        officer = currentActor.get().has(Role.COMMUNE_OFFICER);
        if (officer) {
            drafts = worklists.drafts();
            returned = worklists.returned();
            incomingTransfers = transfers.incoming();
            outgoingTransfers = transfers.outgoing();
        }
        if (!officer
                || currentActor.get().has(Role.APPROVER)
                || currentActor.get().has(Role.AUDITOR)) {
            queue = worklists.decisionQueue();
        }
    }

    /** The person's commune accepts a transfer request: the person and their running benefits move. */
    public void acceptTransfer(Long requestId) {
        decide(() -> transfers.accept(requestId), "transfer.accepted");
    }

    /** The person's commune refuses a transfer request with the reason typed on its row. */
    public void refuseTransfer(Long requestId) {
        decide(() -> transfers.refuse(requestId, refusalReasons.get(requestId)), "transfer.refused");
    }

    private void decide(Runnable decision, String doneKey) {
        PageActions.attempt(() -> {
            decision.run();
            Messages.info(doneKey);
            load();
        });
    }

    public List<TransferRequests.Incoming> getIncomingTransfers() {
        return incomingTransfers;
    }

    public List<TransferRequests.Outgoing> getOutgoingTransfers() {
        return outgoingTransfers;
    }

    public Map<Long, String> getRefusalReasons() {
        return refusalReasons;
    }

    public boolean isOfficer() {
        return officer;
    }

    public boolean isShowQueue() {
        return !officer || !queue.isEmpty() || currentActor.get().has(Role.APPROVER);
    }

    public List<WorkItem> getDrafts() {
        return drafts;
    }

    public List<WorkItem> getReturned() {
        return returned;
    }

    public List<WorkItem> getQueue() {
        return queue;
    }
}
