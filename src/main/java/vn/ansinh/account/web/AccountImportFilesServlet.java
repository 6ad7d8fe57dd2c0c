package vn.ansinh.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.ansinh.account.application.AccountImportTemplate;
import vn.ansinh.account.application.AccountImports;

/** The empty Excel template ({@code /account/import-template}) and a sample CSV ({@code /account/import-sample}). */
@WebServlet({"/account/import-template", "/account/import-sample"})
public class AccountImportFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("sample")) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader(
                    "Content-Disposition", "attachment; filename=\"" + AccountImports.SAMPLE_FILE_NAME + "\"");
            imports.writeSample(response.getOutputStream());
        } else {
            response.setContentType(AccountImportTemplate.CONTENT_TYPE);
            response.setHeader(
                    "Content-Disposition", "attachment; filename=\"" + AccountImportTemplate.FILE_NAME + "\"");
            imports.writeTemplate(response.getOutputStream());
        }
    }
}
