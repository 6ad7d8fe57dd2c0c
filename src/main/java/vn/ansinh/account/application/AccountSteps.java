package vn.ansinh.account.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.account.domain.AccountEvent;
import vn.ansinh.account.domain.AccountException;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.account.domain.SsAccount;
import vn.ansinh.account.domain.StepRecord;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Takes steps on people's accounts inside a command: locks the account row (or starts a NONE one),
 * refuses a date after today and an unknown bank, lets the account apply the step, and stores the
 * account and the event. One instance per command: it remembers the accounts it touched, so that a
 * file may take several steps for one person.
 */
final class AccountSteps {

    static final int CHUNK = 500;

    private final EntityManager em;
    private final LocalDate today;
    private final Banks banks;
    private final Map<Long, SsAccount> touched = new HashMap<>();

    AccountSteps(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
        this.banks = new Banks(em);
    }

    /** Loads and locks the accounts of many people at once (a file), 500 at a time. */
    void preload(List<Person> people) {
        List<Long> ids = people.stream().map(Person::id).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("select a from SsAccount a where a.personId in :ids", SsAccount.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(account -> touched.put(account.personId(), account));
        }
        for (Person person : people) {
            touched.computeIfAbsent(person.id(), id -> SsAccount.none(id, person.communeCode(), person.provinceCode()));
        }
    }

    /** The account of the person, locked for the rest of the transaction; a NONE account if they have none. */
    SsAccount accountOf(Person person) {
        return touched.computeIfAbsent(person.id(), id -> {
            SsAccount account = em.find(SsAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
            return account != null ? account : SsAccount.none(id, person.communeCode(), person.provinceCode());
        });
    }

    AccountEvent take(
            Person person, AccountStep step, LocalDate on, BankCode bank, AccountNumber number, StepRecord record) {
        if (on == null) {
            throw new AccountException("account.error.date.required");
        }
        if (on.isAfter(today)) {
            throw new AccountException("account.error.date.future", VietnameseFormat.date(on));
        }
        if (step.requiresAccountDetails() && bank != null) {
            banks.require(bank);
        }
        SsAccount account = accountOf(person);
        boolean stored = em.contains(account);
        account.followResidence(person.communeCode(), person.provinceCode());
        AccountEvent event = account.take(step, on, bank, number, record);
        if (!stored) {
            em.persist(account);
        }
        em.persist(event);
        return event;
    }
}
