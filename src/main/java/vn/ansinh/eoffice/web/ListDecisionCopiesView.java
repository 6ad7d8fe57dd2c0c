package vn.ansinh.eoffice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionStatus;
import vn.ansinh.eoffice.application.EOfficeService;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/**
 * The e-office part of the list decisions page: whether a signed list carries the chairman's signature, and the
 * upload of his signed copy by an approver whose unit covers the list's commune, one upload per list; a refusal is
 * shown next to that list's upload.
 */
@Named
@ViewScoped
public class ListDecisionCopiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The attribute of each list's upload naming its list. */
    static final String LIST_ID = "listId";

    @Inject
    private EOfficeService eoffice;

    private final Map<Long, Boolean> chairman = new HashMap<>();
    private final Map<Long, Boolean> uploadable = new HashMap<>();

    /** Whether the chairman's signed copy of the list is filed. */
    public boolean chairmanSigned(ListDecision list) {
        return signed(list)
                && chairman.computeIfAbsent(
                        list.id(), id -> eoffice.signedCopy(list).isPresent());
    }

    /** Whether the user may upload the chairman's signed copy of the list now. */
    public boolean mayUpload(ListDecision list) {
        return signed(list) && uploadable.computeIfAbsent(list.id(), id -> eoffice.mayUploadSigned(list));
    }

    public void upload(FileUploadEvent event) {
        Long listId = (Long) event.getComponent().getAttributes().get(LIST_ID);
        PageActions.attemptForField(event.getComponent().getClientId(), () -> {
            ListDecision list = eoffice.listDecision(listId);
            try (InputStream content = event.getFile().getInputStream()) {
                eoffice.acceptSigned(list, event.getFile().getFileName(), content);
            }
            chairman.remove(listId);
            uploadable.remove(listId);
            Messages.info("eoffice.signed.accepted", list.number());
        });
    }

    private static boolean signed(ListDecision list) {
        return list.status() == ListDecisionStatus.SIGNED;
    }
}
