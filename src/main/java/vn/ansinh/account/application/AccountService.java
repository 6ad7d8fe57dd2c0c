package vn.ansinh.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ansinh.account.domain.AccountEvent;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.time.VietnamTime;

/**
 * A person's social-security account for the account page: reading it inside the user's
 * jurisdiction, the steps the user may take (asked to the account's status and to the command
 * engine), and recording one.
 */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RegistryReader registry;

    @Inject
    private CommandEngine engine;

    @Inject
    private Clock clock;

    /** Today in Vietnam: the date a step is usually recorded on. */
    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** The person's account; {@link vn.ansinh.shared.command.AccessDeniedException} outside the jurisdiction. */
    public AccountOverview overview(Long personId) {
        Person person = registry.person(personId);
        SsAccount stored = em.find(SsAccount.class, person.id());
        SsAccount account =
                stored != null ? stored : SsAccount.none(person.id(), person.communeCode(), person.provinceCode());
        String bankName = account.bankCode() == null
                ? null
                : banks().get(account.bankCode().value());
        List<AccountStep> allowed = Arrays.stream(AccountStep.values())
                .filter(account::allows)
                .filter(step -> engine.permits(command(person, step, null, null, null, null)))
                .toList();
        return new AccountOverview(person, account, bankName, history(person.id()), allowed);
    }

    public SsAccount record(
            Person person, AccountStep step, LocalDate on, BankCode bank, AccountNumber number, String note) {
        return engine.submit(command(person, step, on, bank, number, note));
    }

    /** Records the step if the account is still at the version the caller read ({@code error.staleData} if not). */
    public SsAccount record(
            Person person,
            AccountStep step,
            LocalDate on,
            BankCode bank,
            AccountNumber number,
            String note,
            long expectedVersion) {
        return engine.submit(new RecordAccountStepCommand(
                person.id(), person.communeCode(), step, on, bank, number, note, expectedVersion));
    }

    /** The banks an account can be opened at: code → name. */
    public Map<String, String> banks() {
        return new Banks(em).all();
    }

    private List<AccountEvent> history(Long personId) {
        return em.createQuery(
                        "select e from AccountEvent e where e.personId = :p order by e.happenedOn, e.id",
                        AccountEvent.class)
                .setParameter("p", personId)
                .getResultList();
    }

    private static RecordAccountStepCommand command(
            Person person, AccountStep step, LocalDate on, BankCode bank, AccountNumber number, String note) {
        return new RecordAccountStepCommand(person.id(), person.communeCode(), step, on, bank, number, note);
    }
}
