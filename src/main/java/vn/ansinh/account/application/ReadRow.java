package vn.ansinh.account.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.shared.upload.UploadMessage;

/** A data row as its cells were read, before it is checked against the registry. Mutable, one per row. */
final class ReadRow {

    final int rowNumber;
    final List<UploadMessage<AccountImportColumn>> messages = new ArrayList<>();
    String personalId;
    String fullName;
    BankCode bank;
    AccountNumber number;
    AccountStep step;
    LocalDate date;

    ReadRow(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    boolean hasErrors() {
        return messages.stream().anyMatch(UploadMessage::isError);
    }

    void error(AccountImportColumn column, String key, Object... arguments) {
        messages.add(UploadMessage.error(rowNumber, column, null, key, arguments));
    }

    void warning(AccountImportColumn column, String key, Object... arguments) {
        messages.add(UploadMessage.warning(rowNumber, column, null, key, arguments));
    }
}
