package vn.ansinh.casework.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.casework.application.ListDecisionService;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/** A signed list decision as a PDF ({@code /list-decisions/7.pdf}), with its list, to a user of its commune's units. */
@WebServlet("/list-decisions/*")
public class ListDecisionServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListDecisionService lists;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        String path = request.getPathInfo();
        ListDecision list = lists.signed(
                path == null || !path.matches("/\\d{1,18}\\.pdf")
                        ? null
                        : Long.valueOf(path.substring(1, path.length() - 4)));
        String name = "quyet-dinh-" + list.number().replace('/', '-') + ".pdf";
        return Optional.of(Download.of(name, "application/pdf", lists.pdf(list))
                .disclosing(AccessKind.DECISION, list.communeCode(), null, list.number() + " (#" + list.id() + ")"));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.DECISION;
    }
}
