package vn.ansinh.account.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.ansinh.registry.domain.VietnameseNames;

/**
 * Something that happens to a social-security account, moving it to {@link #target()}. Which status
 * allows which step is {@link AccountStatus#allows}'s rule. The steps a bank or VNeID file may carry
 * have an import code (the Vietnamese name in capitals without diacritics).
 */
public enum AccountStep {
    /** The person opened an account at a bank (mở tài khoản): bank and number are recorded. */
    OPEN(AccountStatus.HAS_ACCOUNT, "MO_TAI_KHOAN"),
    /** The account was registered to receive social-security payments (đăng ký nhận, VNeID). */
    REGISTER(AccountStatus.REGISTERED, "DANG_KY_NHAN"),
    /** The registration was matched against the population database (xác thực). */
    VERIFY(AccountStatus.VERIFIED, "XAC_THUC"),
    /** A payment reached the account (đã chi trả qua tài khoản). */
    PAY(AccountStatus.PAID_VIA_ACCOUNT, null),
    /** The account was closed (đóng tài khoản). */
    CLOSE(AccountStatus.CLOSED, "DONG"),
    /** A payment into the account failed, e.g. a wrong number or a frozen account (lỗi). */
    FAIL(AccountStatus.FAILED, "LOI"),
    /** The person is paid in cash again (chuyển về chi trả tiền mặt). */
    FALL_BACK_TO_CASH(AccountStatus.CASH_FALLBACK, null);

    private final AccountStatus target;
    private final String importCode;

    AccountStep(AccountStatus target, String importCode) {
        this.target = target;
        this.importCode = importCode;
    }

    /** The status the account is in after the step. */
    public AccountStatus target() {
        return target;
    }

    /** Whether the step records a bank and an account number (only opening one does). */
    public boolean requiresAccountDetails() {
        return this == OPEN;
    }

    /** Whether a bank or VNeID file may carry this step. */
    public boolean isImportable() {
        return importCode != null;
    }

    /** The code an import file uses, e.g. {@code DANG_KY_NHAN}; null for steps files never carry. */
    public String importCode() {
        return importCode;
    }

    public String labelKey() {
        return "account.step." + name();
    }

    /**
     * The importable step a file names: its import code or its English name, in any case, with or
     * without diacritics, with spaces or underscores ({@code "Mở tài khoản"}, {@code "mo_tai_khoan"},
     * {@code "OPEN"}).
     */
    public static Optional<AccountStep> ofImportCode(String text) {
        String code =
                VietnameseNames.fold(text).replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(AccountStep::isImportable)
                .filter(step -> step.importCode.equals(code) || step.name().equals(code))
                .findFirst();
    }
}
