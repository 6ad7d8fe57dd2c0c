package vn.ansinh.casework.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.ansinh.casework.application.CaseService;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.shared.command.AccessDeniedException;

/**
 * A signed decision as a PDF ({@code /decisions/125.pdf}), to a user who may see its case: the
 * text kept as signed, printed in the state document layout.
 */
@WebServlet("/decisions/*")
public class DecisionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Decision decision;
        try {
            decision = cases.decision(parseId(request.getPathInfo()));
        } catch (AccessDeniedException e) {
            response.sendError(vn.ansinh.shared.web.Pages.statusOf(e));
            return;
        }
        byte[] pdf = cases.decisionPdf(decision);
        String name = "quyet-dinh-" + decision.number().replace('/', '-') + ".pdf";
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private static Long parseId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}\\.pdf")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1, pathInfo.length() - 4));
    }
}
