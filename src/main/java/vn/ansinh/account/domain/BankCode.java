package vn.ansinh.account.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * The code of a bank or e-wallet as payment files use it ({@code VBSP}, {@code AGRIBANK}): 2 to 20
 * Latin letters or digits, kept in capitals. Whether the bank exists is the {@code bank} table's
 * answer, checked by the application ({@code Banks}).
 */
public record BankCode(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,20}");

    public BankCode {
        String code = value == null ? "" : value.replace('\u00A0', ' ').strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidValueException("account.error.bank.required");
        }
        if (!FORMAT.matcher(code).matches()) {
            throw new InvalidValueException("account.error.bank.format", code);
        }
        value = code;
    }

    public static BankCode of(String value) {
        return new BankCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
