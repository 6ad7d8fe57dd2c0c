package vn.ansinh.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.ansinh.shared.access.application.AccessLog;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.BusinessRuleException;

/**
 * What every download of the application does the same way: a request the servlet does not understand, or for a
 * record it does not find, answers 404; a refusal answers as the pages do ({@link Pages#statusOf}: 404 for a record
 * outside the caller's jurisdiction, 403 for a role that may not have it); the file goes as an attachment, never
 * rendered as a page; a file a business rule refuses (a draft where only an approved part has one) answers 409 with
 * the reason as plain text in the user's language, with its name in UTF-8 (RFC 6266 {@code filename*}, an ASCII fallback for old clients), its
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
        } catch (BusinessRuleException e) {
            refuse(request, response, e);
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

    private static void refuse(HttpServletRequest request, HttpServletResponse response, BusinessRuleException e)
            throws IOException {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(UiLanguage.SESSION_ATTRIBUTE);
        Locale locale = chosen instanceof UiLanguage language ? language.locale() : UiLanguage.VI.locale();
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.getWriter().write(Messages.text(locale, e.messageKey(), e.arguments()));
    }

    /** {@code attachment; filename="quyet-dinh-12.pdf"; filename*=UTF-8''quy%E1%BA%BFt…}. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
