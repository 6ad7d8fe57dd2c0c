package vn.ansinh.account.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;

/**
 * One step of a checked import file, ready to apply ({@link ImportAccountsCommand}).
 *
 * @param bank the bank, required to open an account, else null or the account's own
 * @param number the account number, as {@code bank}
 */
public record AccountImportLine(
        int rowNumber, Long personId, AccountStep step, LocalDate on, BankCode bank, AccountNumber number)
        implements Serializable {

    public AccountImportLine {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(on, "on");
    }
}
