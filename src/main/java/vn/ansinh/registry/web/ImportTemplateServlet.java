package vn.ansinh.registry.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.registry.application.ImportTemplate;
import vn.ansinh.registry.application.PersonImports;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/** The empty Excel template for the bulk import, as a download. */
@WebServlet("/registry/import-template")
public class ImportTemplateServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonImports imports;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        return Optional.of(
                Download.streamed(ImportTemplate.FILE_NAME, ImportTemplate.CONTENT_TYPE, -1, imports::writeTemplate));
    }
}
