package vn.ansinh.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import vn.ansinh.registry.application.ImportReport;
import vn.ansinh.registry.application.ImportSummary;
import vn.ansinh.registry.application.PersonImports;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.ImportPage;
import vn.ansinh.shared.web.Messages;

/**
 * Bulk import from Excel: upload, read the row-by-row report (nothing written yet), confirm to
 * write every importable row in one transaction.
 */
@Named
@ViewScoped
public class ImportView extends ImportPage<ImportReport, ImportSummary> {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonImports imports;

    @Inject
    private RegistryReader reader;

    @Override
    public String getConfirmQuestion() {
        ImportReport report = getReport();
        return report == null
                ? ""
                : Messages.text(
                        "import.confirm.question",
                        report.rowsToImport().size(),
                        report.householdsToImport(),
                        report.fileName());
    }

    @Override
    protected AdminUnitCode commune() {
        return reader.jurisdiction();
    }

    @Override
    protected boolean mayImportInto(AdminUnitCode commune) {
        return imports.mayImportInto(commune);
    }

    @Override
    protected ImportReport check(AdminUnitCode commune, String fileName, long size, InputStream content) {
        return imports.check(commune, fileName, size, content);
    }

    @Override
    protected ImportSummary importChecked(AdminUnitCode commune, ImportReport report) {
        return imports.importChecked(commune, report);
    }

    @Override
    protected void imported(ImportSummary summary) {
        Messages.info(
                "import.done", summary.persons(), summary.households(), summary.reviews(), summary.duplicateSuspects());
    }

    @Override
    protected String what() {
        return "import";
    }
}
