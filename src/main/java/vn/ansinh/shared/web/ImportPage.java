package vn.ansinh.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * A bulk import page of the user's commune: refused to whoever may not import into it; an upload is checked
 * and its report read row by row (nothing written); confirming writes the ready rows in one transaction and
 * shows the summary. Subclasses name the import's service calls and its message.
 *
 * @param <R> the report of a checked file
 * @param <S> the summary of an import
 */
public abstract class ImportPage<R, S> implements Serializable {

    private static final long serialVersionUID = 1L;

    private R report;
    private S summary;

    /** The commune the user imports into. */
    protected abstract AdminUnitCode commune();

    protected abstract boolean mayImportInto(AdminUnitCode commune);

    protected abstract R check(AdminUnitCode commune, String fileName, long size, InputStream content)
            throws IOException;

    protected abstract S importChecked(AdminUnitCode commune, R report);

    /** Tells the user what the import wrote. */
    protected abstract void imported(S summary);

    /**
     * The question the confirmation asks before anything is written, naming the file and what it writes ("Ghi 2 nhân
     * khẩu của 1 hộ từ tệp «ra-soat.xlsx» vào sổ?"); empty while there is no report.
     */
    public abstract String getConfirmQuestion();

    /** What is imported, for the log detail of a refusal (e.g. "account import"). */
    protected abstract String what();

    public void load() {
        if (!mayImportInto(commune())) {
            Pages.refuse(new AccessDeniedException("error.access.role", what() + " outside an officer's commune"));
        }
    }

    public void upload(FileUploadEvent event) {
        summary = null;
        Uploads.check(event, (name, size, content) -> check(commune(), name, size, content))
                .ifPresent(checked -> report = checked);
    }

    public void confirm() {
        PageActions.attempt(() -> {
            summary = importChecked(commune(), report);
            report = null;
            imported(summary);
        });
    }

    public String text(UploadMessage<?> message) {
        return Uploads.text(message);
    }

    public R getReport() {
        return report;
    }

    public S getSummary() {
        return summary;
    }
}
