package vn.ansinh.account.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import vn.ansinh.account.domain.AccountStatus;

/** What checking an import file needs to know from the database; a test gives it from memory. */
public interface AccountLookup {

    /** A registered person and their account as it stands (status NONE and nulls when they have none). */
    record PersonAccount(
            Long personId,
            String fullName,
            String communeCode,
            AccountStatus status,
            String bankCode,
            String accountNumber,
            LocalDate lastStepOn) {}

    /** A step already in a person's history: the status it led to and its date. */
    record RecordedStep(Long personId, AccountStatus toStatus, LocalDate on) {}

    /** The people with these personal IDs, by personal ID (IDs nobody has are absent). */
    Map<String, PersonAccount> byPersonalIds(Collection<String> personalIds);

    /** The codes of the {@code bank} table. */
    Set<String> bankCodes();

    /** Every step already recorded for these people. */
    Set<RecordedStep> recordedSteps(Collection<Long> personIds);
}
