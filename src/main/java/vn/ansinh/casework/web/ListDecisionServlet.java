package vn.ansinh.casework.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.ansinh.casework.application.ListDecisionService;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.shared.command.AccessDeniedException;

/** A signed list decision as a PDF ({@code /list-decisions/7.pdf}), with its list, to a user of its commune's units. */
@WebServlet("/list-decisions/*")
public class ListDecisionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListDecisionService lists;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        ListDecision list;
        try {
            list = lists.signed(
                    path == null || !path.matches("/\\d{1,18}\\.pdf")
                            ? null
                            : Long.valueOf(path.substring(1, path.length() - 4)));
        } catch (AccessDeniedException e) {
            response.sendError(vn.ansinh.shared.web.Pages.statusOf(e));
            return;
        }
        byte[] pdf = lists.pdf(list);
        String name = "quyet-dinh-" + list.number().replace('/', '-') + ".pdf";
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
