package vn.ansinh.eoffice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.eoffice.application.EOfficeService;
import vn.ansinh.eoffice.application.StoredCopy;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * A signed decision as a PDF ({@code /decisions/125.pdf}), to a user who may see its case: its stored copy, byte
 * for byte (the chairman's signed copy once filed, else the issued copy, sealed with the unit's key when one is
 * configured), made and stored on the first request and never printed again.
 */
@WebServlet("/decisions/*")
public class DecisionServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EOfficeService eoffice;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        Long id = EOfficeServlet.idOf(request.getPathInfo(), ".pdf");
        if (id == null) {
            return Optional.empty();
        }
        Decision decision = eoffice.decision(id);
        StoredCopy stored = eoffice.current(decision);
        return Optional.of(
                Download.of(eoffice.metadata(decision).fileStem() + ".pdf", "application/pdf", stored.bytes())
                        .disclosing(
                                AccessKind.DECISION,
                                eoffice.commune(decision),
                                decision.personId(),
                                decision.number() + " (#" + decision.id() + ")"));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.DECISION;
    }
}
