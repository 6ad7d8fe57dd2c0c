package vn.ansinh.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.registry.application.ImportReport;
import vn.ansinh.registry.application.ImportSummary;
import vn.ansinh.registry.application.PersonImports;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.Uploads;

/**
 * Bulk import from Excel: upload, read the row-by-row report (nothing written yet), confirm to
 * write every importable row in one transaction.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonImports imports;

    @Inject
    private RegistryReader reader;

    private ImportReport report;
    private ImportSummary summary;

    public void load() {
        if (!imports.mayImportInto(commune())) {
            Pages.refuse(new AccessDeniedException("error.access.role", "import outside an officer's commune"));
        }
    }

    public void upload(FileUploadEvent event) {
        summary = null;
        Uploads.check(event, (name, size, content) -> imports.check(commune(), name, size, content))
                .ifPresent(checked -> report = checked);
    }

    public void confirm() {
        PageActions.attempt(() -> {
            summary = imports.importChecked(commune(), report);
            report = null;
            Messages.info(
                    "import.done",
                    summary.persons(),
                    summary.households(),
                    summary.reviews(),
                    summary.duplicateSuspects());
        });
    }

    public String text(vn.ansinh.shared.upload.UploadMessage<?> problem) {
        return Uploads.text(problem);
    }

    private AdminUnitCode commune() {
        return reader.jurisdiction();
    }

    public ImportReport getReport() {
        return report;
    }

    public ImportSummary getSummary() {
        return summary;
    }
}
