package vn.ansinh.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.ansinh.casework.application.CaseWorklists;
import vn.ansinh.casework.application.CaseWorklists.WorkItem;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.security.Role;

/** The user's worklist: drafts and returned cases for an officer; the decision queue for an approver. */
@Named
@ViewScoped
public class WorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseWorklists worklists;

    @Inject
    private CurrentActor currentActor;

    private List<WorkItem> drafts = List.of();
    private List<WorkItem> returned = List.of();
    private List<WorkItem> queue = List.of();
    private boolean officer;

    public void load() {
        officer = currentActor.get().has(Role.COMMUNE_OFFICER);
        if (officer) {
            drafts = worklists.drafts();
            returned = worklists.returned();
        }
        if (!officer || currentActor.get().has(Role.APPROVER) || currentActor.get().has(Role.AUDITOR)) {
            queue = worklists.decisionQueue();
        }
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
