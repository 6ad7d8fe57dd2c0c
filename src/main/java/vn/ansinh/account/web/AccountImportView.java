package vn.ansinh.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.account.application.AccountImportReport;
import vn.ansinh.account.application.AccountImportRow;
import vn.ansinh.account.application.AccountImportSummary;
import vn.ansinh.account.application.AccountImports;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.upload.UploadMessage;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.Pages;
import vn.ansinh.shared.web.Uploads;

/**
 * Bulk import of account openings and registrations: upload a bank or VNeID file, read the report
 * row by row (nothing written), confirm to apply the ready rows in one transaction.
 */
@Named
@ViewScoped
public class AccountImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountImports imports;

    @Inject
    private CurrentActor currentActor;

    private AccountImportReport report;
    private AccountImportSummary summary;

    public void load() {
        if (!imports.mayImportInto(commune())) {
            Pages.refuse(new AccessDeniedException("error.access.role", "account import outside an officer's commune"));
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
            Messages.info("account.import.done", summary.steps(), summary.persons());
        });
    }

    public String text(UploadMessage<?> message) {
        return Uploads.text(message);
    }

    /** The messages of a row, one after the other. */
    public String messages(AccountImportRow row) {
        return row.messages().stream().map(this::text).collect(Collectors.joining(" "));
    }

    private AdminUnitCode commune() {
        return currentActor.get().unit();
    }

    public AccountImportReport getReport() {
        return report;
    }

    public AccountImportSummary getSummary() {
        return summary;
    }
}
