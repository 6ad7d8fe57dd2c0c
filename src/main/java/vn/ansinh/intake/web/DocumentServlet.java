package vn.ansinh.intake.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.util.Optional;
import vn.ansinh.intake.application.IntakeService;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * Serves a scanned document to a user who may see its application: always as a download with its
 * checked type (PDF, JPEG or PNG), never rendered as a page, with a sandboxing policy.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private IntakeService intake;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        ApplicationDocument document = intake.document(parseId(request.getPathInfo()));
        Application application = intake.application(document.applicationId());
        return Optional.of(Download.streamed(document.fileName(), document.mediaType(), document.sizeBytes(), out -> {
                    try (InputStream in = intake.openContent(document)) {
                        in.transferTo(out);
                    }
                })
                .disclosing(
                        AccessKind.DOCUMENT,
                        application.communeCode(),
                        application.personId(),
                        request.getServletPath() + request.getPathInfo()));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.DOCUMENT;
    }

    private static Long parseId(String pathInfo) {
        try {
            return pathInfo == null ? null : Long.valueOf(pathInfo.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
