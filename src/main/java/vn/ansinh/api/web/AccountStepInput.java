package vn.ansinh.api.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.shared.kernel.InvalidValueException;

/** A step of a social-security account to record, as the account page's form takes it. */
@Schema(name = "AccountStepInput")
public class AccountStepInput {

    @Schema(
            required = true,
            enumeration = {"OPEN", "REGISTER", "VERIFY", "PAY", "CLOSE", "FAIL", "FALL_BACK_TO_CASH"})
    public String step;

    @Schema(format = "date", description = "Ngày xảy ra (mặc định: hôm nay)", example = "2026-11-20")
    public String on;

    @Schema(nullable = true, description = "Mã ngân hàng (bắt buộc khi mở tài khoản)", example = "VBSP")
    public String bankCode;

    @Schema(nullable = true, description = "Số tài khoản (bắt buộc khi mở tài khoản)", example = "0123456789")
    public String accountNumber;

    @Schema(nullable = true, maxLength = 500)
    public String note;

    /** What the input says, or a 422 naming each bad field. */
    Parsed parse(LocalDate today) {
        Map<String, InvalidValueException> problems = new LinkedHashMap<>();
        AccountStep parsedStep = null;
        if (step == null || step.isBlank()) {
            problems.put("step", new InvalidValueException("api.error.required"));
        } else {
            try {
                parsedStep = AccountStep.valueOf(step.strip());
            } catch (IllegalArgumentException e) {
                problems.put("step", new InvalidValueException("api.error.unknownValue", step));
            }
        }
        LocalDate day = today;
        if (on != null && !on.isBlank()) {
            try {
                day = LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                problems.put("on", new InvalidValueException("api.error.day", on));
            }
        }
        BankCode bank = null;
        AccountNumber number = null;
        if (parsedStep != null && parsedStep.requiresAccountDetails()) {
            bank = required("bankCode", bankCode, BankCode::of, problems);
            number = required("accountNumber", accountNumber, AccountNumber::of, problems);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidFields(problems);
        }
        return new Parsed(parsedStep, day, bank, number, note == null || note.isBlank() ? null : note.strip());
    }

    private static <T> T required(
            String field,
            String raw,
            java.util.function.Function<String, T> parser,
            Map<String, InvalidValueException> problems) {
        if (raw == null || raw.isBlank()) {
            problems.put(field, new InvalidValueException("api.error.required"));
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (InvalidValueException e) {
            problems.put(field, e);
            return null;
        }
    }

    /** The step read from the input. */
    record Parsed(AccountStep step, LocalDate on, BankCode bank, AccountNumber number, String note) {}
}
