package vn.ansinh.account.application;

import java.io.Serializable;
import java.util.List;
import vn.ansinh.account.domain.AccountEvent;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.registry.domain.Person;

/**
 * A person's account as the account page shows it: the account (status NONE when there is none),
 * the bank's name, the history oldest first, and the steps the logged-in user may take now.
 */
public record AccountOverview(
        Person person, SsAccount account, String bankName, List<AccountEvent> history, List<AccountStep> allowedSteps)
        implements Serializable {

    public AccountOverview {
        history = List.copyOf(history);
        allowedSteps = List.copyOf(allowedSteps);
    }

    /** Whether one of the allowed steps records a bank and an account number. */
    public boolean asksForAccountDetails() {
        return allowedSteps.stream().anyMatch(AccountStep::requiresAccountDetails);
    }
}
