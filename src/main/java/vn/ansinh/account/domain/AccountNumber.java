package vn.ansinh.account.domain;

import java.io.Serializable;
import java.util.regex.Pattern;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * A bank account number (số tài khoản): digits only, 6 to 20 of them, leading zeros kept. Spaces
 * around it are dropped; a space, dot or dash inside is refused rather than guessed at, so that the
 * number paid into is exactly the number the bank gave.
 */
public record AccountNumber(String value) implements Serializable {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 20;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    public AccountNumber {
        String text = value == null ? "" : value.replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            throw new InvalidValueException("account.error.number.required");
        }
        if (!DIGITS.matcher(text).matches()) {
            throw new InvalidValueException("account.error.number.digits");
        }
        if (text.length() < MIN_DIGITS || text.length() > MAX_DIGITS) {
            throw new InvalidValueException("account.error.number.length", MIN_DIGITS, MAX_DIGITS, text.length());
        }
        value = text;
    }

    public static AccountNumber of(String value) {
        return new AccountNumber(value);
    }

    /** Masked for logs and messages: only the last four digits shown. */
    @Override
    public String toString() {
        return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }
}
