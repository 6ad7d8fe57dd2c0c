package vn.ansinh.eoffice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.eoffice.application.EOfficeService;
import vn.ansinh.eoffice.application.SealKeys;
import vn.ansinh.eoffice.domain.DecisionCopy;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;

/**
 * The e-office part of a case's decisions (on the case page): what each decision's stored copy carries, its
 * package and its unit's day package, and the upload of the chairman's signed copy by an approver.
 */
@Named
@ViewScoped
public class DecisionCopiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EOfficeService eoffice;

    @Inject
    private SealKeys keys;

    private final Map<Long, String> statuses = new HashMap<>();
    private final Map<Long, Boolean> uploadable = new HashMap<>();
    private final Map<Long, Boolean> dayAllowed = new HashMap<>();
    private Long uploadFor;

    /** The label key of what the decision's copy carries (or will carry, before it is first asked for). */
    public String status(Decision d) {
        return statuses.computeIfAbsent(d.id(), id -> {
            var signed = eoffice.signedCopy(d);
            if (signed.isPresent()) {
                return signed.get().kind().labelKey();
            }
            return eoffice.issuedCopy(d)
                    .map(DecisionCopy::kind)
                    .map(k -> k.labelKey())
                    .orElse(
                            keys.sealOf(d.issuingUnitCode()).isPresent()
                                    ? "eoffice.copy.toSeal"
                                    : "eoffice.copy.noKeyStore");
        });
    }

    /** The unit's day package of the decision's day, or null when the user may not have it. */
    public String dayPath(Decision d) {
        boolean allowed = dayAllowed.computeIfAbsent(d.id(), id -> eoffice.mayDownloadDay(d));
        return allowed ? "/eoffice/days/" + d.issuingUnitCode().value() + "/" + d.signedOn() + ".zip" : null;
    }

    /** The decisions whose chairman's signed copy the user may upload now. */
    public List<Decision> uploadable(List<Decision> decisions) {
        return decisions.stream()
                .filter(d -> uploadable.computeIfAbsent(d.id(), id -> eoffice.mayUploadSigned(d)))
                .toList();
    }

    public void upload(FileUploadEvent event) {
        if (uploadFor == null) {
            Messages.error("eoffice.error.chooseDecision");
            return;
        }
        PageActions.attempt(() -> {
            Decision d = eoffice.decision(uploadFor);
            try (InputStream content = event.getFile().getInputStream()) {
                eoffice.acceptSigned(d, event.getFile().getFileName(), content);
            }
            statuses.remove(d.id());
            uploadable.remove(d.id());
            Messages.info("eoffice.signed.accepted", d.number());
        });
    }

    public Long getUploadFor() {
        return uploadFor;
    }

    public void setUploadFor(Long uploadFor) {
        this.uploadFor = uploadFor;
    }
}
