package vn.ansinh.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.stream.Collectors;
import vn.ansinh.account.application.AccountImportReport;
import vn.ansinh.account.application.AccountImportRow;
import vn.ansinh.account.application.AccountImportSummary;
import vn.ansinh.account.application.AccountImports;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.CurrentActor;
import vn.ansinh.shared.web.ImportPage;
import vn.ansinh.shared.web.Messages;

/**
 * Bulk import of account openings and registrations: upload a bank or VNeID file, read the report
 * row by row (nothing written), confirm to apply the ready rows in one transaction.
 */
@Named
@ViewScoped
public class AccountImportView extends ImportPage<AccountImportReport, AccountImportSummary> {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountImports imports;

    @Inject
    private CurrentActor currentActor;

    /** The messages of a row, one after the other. */
    public String messages(AccountImportRow row) {
        return row.messages().stream().map(this::text).collect(Collectors.joining(" "));
    }

    @Override
    public String getConfirmQuestion() {
        AccountImportReport report = getReport();
        return report == null
                ? ""
                : Messages.text("account.import.confirm.question", report.readyCount(), report.fileName());
    }

    @Override
    protected AdminUnitCode commune() {
        return currentActor.get().unit();
    }

    @Override
    protected boolean mayImportInto(AdminUnitCode commune) {
        return imports.mayImportInto(commune);
    }

    @Override
    protected AccountImportReport check(AdminUnitCode commune, String fileName, long size, InputStream content) {
        return imports.check(commune, fileName, size, content);
    }

    @Override
    protected AccountImportSummary importChecked(AdminUnitCode commune, AccountImportReport report) {
        return imports.importChecked(commune, report);
    }

    @Override
    protected void imported(AccountImportSummary summary) {
        Messages.info("account.import.done", summary.steps(), summary.persons());
    }

    @Override
    protected String what() {
        return "account import";
    }
}
