package vn.ansinh.intake.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.shared.command.AccessDeniedException;

/**
 * Serves a scanned document to a user who may see its application: always as a download with its
 * checked type (PDF, JPEG or PNG), never rendered as a page, with a sandboxing policy.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private IntakeService intake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationDocument document;
        try {
            document = intake.document(parseId(request.getPathInfo()));
        } catch (AccessDeniedException e) {
            response.sendError(vn.ansinh.shared.web.Pages.statusOf(e));
            return;
        }
        response.setContentType(document.mediaType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLengthLong(document.sizeBytes());
        try (InputStream in = intake.openContent(document)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static Long parseId(String pathInfo) {
        try {
            return pathInfo == null ? null : Long.valueOf(pathInfo.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
