package vn.ansinh.casework.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * A signed decision as a PDF ({@code /decisions/125.pdf}), to a user who may see its case: the
 * text kept as signed, printed in the state document layout.
 */
@WebServlet("/decisions/*")
public class DecisionServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        Decision decision = cases.decision(parseId(request.getPathInfo()));
        String name = "quyet-dinh-" + decision.number().replace('/', '-') + ".pdf";
        return Optional.of(Download.of(name, "application/pdf", cases.decisionPdf(decision))
                .disclosing(
                        AccessKind.DECISION,
                        cases.benefitCase(decision.caseId()).communeCode(),
                        decision.personId(),
                        decision.number() + " (#" + decision.id() + ")"));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.DECISION;
    }

    private static Long parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}\\.pdf")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1, pathInfo.length() - 4));
    }
}
