package vn.ansinh.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.ansinh.account.application.AccountOverview;
import vn.ansinh.account.application.AccountService;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.PageActions;
import vn.ansinh.shared.web.RecordParam;

/**
 * The social-security account of one person ({@code ?personId=}): status, bank and number, the date
 * of each step, the history, and a button for each step the user may take now (as the service says).
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String personId;
    private AccountOverview overview;
    private Map<String, String> banks;
    private LocalDate date;
    private String bank;
    private String number;
    private String note;

    public void load() {
        RecordParam.find(personId, this::open);
    }

    private AccountOverview open(long id) {
        overview = accounts.overview(id);
        banks = accounts.banks();
        date = accounts.today();
        return overview;
    }

    /** Records the step with the date (and, to open an account, the bank and number) typed. */
    public void take(AccountStep step) {
        LocalDate on = parseDate();
        BankCode bankCode = null;
        AccountNumber accountNumber = null;
        if (step.requiresAccountDetails()) {
            bankCode = field("step:bank", () -> BankCode.of(bank));
            accountNumber = field("step:number", () -> AccountNumber.of(number));
        }
        if (on == null || step.requiresAccountDetails() && (bankCode == null || accountNumber == null)) {
            return;
        }
        BankCode chosenBank = bankCode;
        AccountNumber typedNumber = accountNumber;
        PageActions.attempt(() -> {
            accounts.record(overview.person(), step, on, chosenBank, typedNumber, note);
            Messages.info(
                    "account.step.recorded",
                    new Label(step.labelKey()),
                    overview.person().fullName());
            overview = accounts.overview(overview.person().id());
            bank = null;
            number = null;
            note = null;
        });
    }

    /** The day typed (DayConverter read it), or null with a message next to the field when none was. */
    private LocalDate parseDate() {
        if (date == null) {
            Messages.fieldError("step:date", "account.error.date.required");
        }
        return date;
    }

    private static <T> T field(String clientId, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            Messages.fieldError(clientId, e.messageKey(), e.arguments());
            return null;
        }
    }

    /** The banks to choose from: code → name. */
    public Map<String, String> getBanks() {
        return banks;
    }

    public AccountOverview getOverview() {
        return overview;
    }

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
