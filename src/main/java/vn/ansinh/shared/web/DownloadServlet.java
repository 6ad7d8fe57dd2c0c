package vn.ansinh.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.command.AccessDeniedException;

/**
 * What every download of the application does the same way: a request the servlet does not understand, or for a
 * record it does not find, answers 404; a refusal answers as the pages do ({@link Pages#statusOf}: 404 for a record
 * outside the caller's jurisdiction, 403 for a role that may not have it); the file goes as an attachment, never
 * rendered as a page, with its name in UTF-8 (RFC 6266 {@code filename*}, an ASCII fallback for old clients), its
 * length when known, and a sandboxing policy in case a browser renders it anyway.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessLog accessLog;

    /** The file the request asks for, or empty (404); throws {@link AccessDeniedException} for a refusal. */
    protected abstract Optional<Download> download(HttpServletRequest request) throws IOException;

    /**
     * The kind of personal data this servlet's files disclose, for noting refused requests in the access log, or
     * {@code null} for files that disclose none (a blank template). A file served is noted when it says what it
     * discloses ({@link Download#disclosing}).
     */
    protected AccessKind accessKind() {
        return null;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Download> found;
        try {
            found = download(request);
        } catch (AccessDeniedException e) {
            if (accessKind() != null) {
                accessLog.refused(accessKind(), e.recordUnit(), null, request.getServletPath() + request.getPathInfo());
            }
            response.sendError(Pages.statusOf(e));
            return;
        }
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Download file = found.get();
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        if (file.length() >= 0) {
            response.setContentLengthLong(file.length());
        }
        if (file.access() != null) {
            Download.Access access = file.access();
            accessLog.read(access.kind(), access.unit(), access.personId(), access.target());
        }
        file.body().writeTo(response.getOutputStream());
    }

    /** {@code attachment; filename="quyet-dinh-12.pdf"; filename*=UTF-8''quy%E1%BA%BFt…}. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
