package vn.ansinh.account.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.shared.upload.UploadMessage;

/**
 * A data row of an import file as the report shows it: what was read, the person it names, and
 * whether it will be applied.
 *
 * @param fileName the name as the file writes it; {@code registryName} as the registry has it (null if unknown)
 * @param step the step read, or null when unreadable
 * @param line what the import will apply, only for a {@link Outcome#READY} row
 */
public record AccountImportRow(
        int rowNumber,
        String personalId,
        String fileName,
        String registryName,
        AccountStep step,
        LocalDate date,
        Outcome outcome,
        List<UploadMessage<AccountImportColumn>> messages,
        AccountImportLine line)
        implements Serializable {

    /** What becomes of a row. */
    public enum Outcome {
        /** Will be applied on confirmation (possibly with warnings). */
        READY,
        /** The same step on the same date is already in the person's history: skipped (a re-imported file). */
        ALREADY_RECORDED,
        /** Not applied: the messages say why. */
        ERROR;

        public String labelKey() {
            return "account.import.outcome." + name();
        }
    }

    public AccountImportRow {
        messages = List.copyOf(messages);
    }

    public boolean hasWarnings() {
        return messages.stream().anyMatch(m -> !m.isError());
    }
}
