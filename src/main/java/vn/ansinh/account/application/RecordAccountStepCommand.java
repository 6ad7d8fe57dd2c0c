package vn.ansinh.account.application;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Objects;
import vn.ansinh.account.domain.AccountEventSource;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.account.domain.StepRecord;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The commune officer records one step of a person's social-security account, on the day it
 * happened (not after today, not before the account's last step): opening one (bank and number),
 * registration, verification, a payment, closure, a failed payment, the return to cash.
 *
 * @param commune the commune the person lives in: the engine checks the officer's jurisdiction over
 *        it, the command that the person lives there
 * @param bank, number needed to open an account, ignored otherwise
 * @param expectedVersion the account's version the caller read (0 for a person with no account yet), refused as
 *        stale data ({@code error.staleData}) if someone recorded a step since; null: not checked (the page)
 */
public record RecordAccountStepCommand(
        Long personId,
        AdminUnitCode commune,
        AccountStep step,
        LocalDate on,
        BankCode bank,
        AccountNumber number,
        String note,
        Long expectedVersion)
        implements CommuneCommand.ByOfficer<SsAccount> {

    /** A step recorded without a version to check. */
    public RecordAccountStepCommand(
            Long personId,
            AdminUnitCode commune,
            AccountStep step,
            LocalDate on,
            BankCode bank,
            AccountNumber number,
            String note) {
        this(personId, commune, step, on, bank, number, note, null);
    }

    public RecordAccountStepCommand {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(step, "step");
    }

    @Override
    public String action() {
        return "account.step";
    }

    @Override
    public SsAccount execute(CommandContext context) {
        Person person = context.em().find(Person.class, personId);
        if (person == null) {
            throw new BusinessRuleException("person.error.notFound");
        }
        if (!person.communeCode().equals(commune)) {
            throw new AccessDeniedException(
                    "error.access.unit",
                    "person " + personId + " lives in " + person.communeCode() + ", not " + commune);
        }
        AccountSteps steps = new AccountSteps(context.em(), context.today());
        SsAccount account = steps.accountOf(person);
        if (expectedVersion != null && account.version() != expectedVersion) {
            throw new BusinessRuleException("error.staleData");
        }
        String before = json(account).build().toString();
        steps.take(
                person,
                step,
                on,
                bank,
                number,
                new StepRecord(context.actor().username(), context.now(), AccountEventSource.MANUAL, note));
        context.recordChange(
                "SsAccount",
                personId.toString(),
                before,
                json(account)
                        .add("step", step.name())
                        .add("on", on.toString())
                        .build()
                        .toString());
        return account;
    }

    private static JsonObjectBuilder json(SsAccount account) {
        JsonObjectBuilder json =
                Jsons.createObjectBuilder().add("status", account.status().name());
        if (account.bankCode() != null) {
            json.add("bank", account.bankCode().value())
                    .add("accountNumber", account.accountNumber().value());
        }
        return json;
    }
}
