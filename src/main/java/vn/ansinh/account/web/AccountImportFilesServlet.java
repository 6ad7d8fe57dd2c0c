package vn.ansinh.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.ansinh.account.application.AccountImportTemplate;
import vn.ansinh.account.application.AccountImports;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/** The empty Excel template ({@code /account/import-template}) and a sample CSV ({@code /account/import-sample}). */
@WebServlet({"/account/import-template", "/account/import-sample"})
public class AccountImportFilesServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountImports imports;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        return Optional.of(
                request.getServletPath().endsWith("sample")
                        ? Download.streamed(
                                AccountImports.SAMPLE_FILE_NAME, "text/csv; charset=UTF-8", -1, imports::writeSample)
                        : Download.streamed(
                                AccountImportTemplate.FILE_NAME,
                                AccountImportTemplate.CONTENT_TYPE,
                                -1,
                                imports::writeTemplate));
    }
}
