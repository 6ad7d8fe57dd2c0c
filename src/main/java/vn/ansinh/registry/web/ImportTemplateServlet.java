package vn.ansinh.registry.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.ansinh.registry.application.ImportTemplate;
import vn.ansinh.registry.application.PersonImports;

/** The empty Excel template for the bulk import, as a download. */
@WebServlet("/registry/import-template")
public class ImportTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonImports imports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(ImportTemplate.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ImportTemplate.FILE_NAME + "\"");
        imports.writeTemplate(response.getOutputStream());
    }
}
