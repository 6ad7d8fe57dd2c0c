package vn.ansinh.eoffice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.eoffice.application.EOfficeService;
import vn.ansinh.eoffice.application.StoredCopy;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * A signed list decision as a PDF with its list ({@code /list-decisions/7.pdf}), to a user whose unit covers its
 * commune: its chairman's signed copy once uploaded back and checked, else its issued copy, byte for byte, made and
 * stored on the first request (sealed with the signing unit's key when one is configured) and never printed again. Replaces {@code casework.web.ListDecisionServlet}, which printed
 * the list on every download.
 */
@WebServlet("/list-decisions/*")
public class ListDecisionServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EOfficeService eoffice;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        ListDecision list = eoffice.listDecision(EOfficeServlet.idOf(request.getPathInfo(), ".pdf"));
        StoredCopy stored = eoffice.current(list);
        return Optional.of(Download.of(eoffice.metadata(list).fileStem() + ".pdf", "application/pdf", stored.bytes())
                .disclosing(AccessKind.DECISION, list.communeCode(), null, list.number() + " (#" + list.id() + ")"));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.DECISION;
    }
}
