package vn.ansinh.account.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.ansinh.account.application.AccountImportRow.Outcome;
import vn.ansinh.account.application.AccountLookup.PersonAccount;
import vn.ansinh.account.application.AccountLookup.RecordedStep;
import vn.ansinh.account.domain.AccountStatus;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.command.Label;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * Checks read rows against the registry and each person's account: the personal ID names a person
 * of the officer's commune, the bank exists, the name agrees (warning), the row is not a repeat of an
 * earlier good one (same person, step and date), and the step is legal for the account's status as the earlier rows of the file leave
 * it (each person's account is followed through the file in row order). A step already in the
 * person's history on the same date is skipped as {@link Outcome#ALREADY_RECORDED}: importing a file
 * again changes nothing.
 */
final class AccountRowChecker {

    private final AccountLookup lookup;
    private final AdminUnitCode commune;

    AccountRowChecker(AccountLookup lookup, AdminUnitCode commune) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.commune = Objects.requireNonNull(commune, "commune");
    }

    /** Where a person's account stands while the file is followed. */
    private static final class Tracked {
        AccountStatus status;
        String bank;
        String number;
        LocalDate lastStepOn;

        Tracked(PersonAccount account) {
            status = account.status();
            bank = account.bankCode();
            number = account.accountNumber();
            lastStepOn = account.lastStepOn();
        }
    }

    private record RowKey(String personalId, AccountStep step, LocalDate date) {}

    List<AccountImportRow> check(List<ReadRow> rows) {
        Map<String, PersonAccount> people = lookup.byPersonalIds(rows.stream()
                .map(r -> r.personalId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Set<String> banks = lookup.bankCodes();
        Set<RecordedStep> recorded = lookup.recordedSteps(
                people.values().stream().map(PersonAccount::personId).toList());
        Map<Long, Tracked> accounts = new HashMap<>();
        Map<RowKey, Integer> seen = new HashMap<>();
        List<AccountImportRow> checked = new ArrayList<>(rows.size());
        for (ReadRow row : rows) {
            PersonAccount person = row.personalId == null ? null : people.get(row.personalId);
            Outcome outcome = checkRow(row, person, banks, recorded, accounts, seen);
            AccountImportLine line = outcome == Outcome.READY
                    ? new AccountImportLine(row.rowNumber, person.personId(), row.step, row.date, row.bank, row.number)
                    : null;
            checked.add(new AccountImportRow(
                    row.rowNumber,
                    row.personalId,
                    row.fullName,
                    person == null ? null : person.fullName(),
                    row.step,
                    row.date,
                    outcome,
                    row.messages,
                    line));
        }
        return checked;
    }

    private Outcome checkRow(
            ReadRow row,
            PersonAccount person,
            Set<String> banks,
            Set<RecordedStep> recorded,
            Map<Long, Tracked> accounts,
            Map<RowKey, Integer> seen) {
        if (row.personalId != null) {
            if (person == null) {
                row.error(AccountImportColumn.PERSONAL_ID, "account.import.error.unknownPerson", row.personalId);
            } else if (!commune.value().equals(person.communeCode())) {
                row.error(AccountImportColumn.PERSONAL_ID, "account.import.error.otherCommune", person.fullName());
            } else {
                checkName(row, person);
            }
        }
        if (row.bank != null && !banks.contains(row.bank.value())) {
            row.error(AccountImportColumn.BANK, "account.error.bank.unknown", row.bank.value());
        }
        if (row.hasErrors()) {
            return Outcome.ERROR;
        }
        Integer earlier = seen.putIfAbsent(new RowKey(row.personalId, row.step, row.date), row.rowNumber);
        if (earlier != null) {
            row.error(null, "account.import.error.duplicateRow", String.valueOf(earlier));
            return Outcome.ERROR;
        }
        if (recorded.contains(new RecordedStep(person.personId(), row.step.target(), row.date))) {
            return Outcome.ALREADY_RECORDED;
        }
        Tracked account = accounts.computeIfAbsent(person.personId(), id -> new Tracked(person));
        checkStep(row, account);
        if (row.hasErrors()) {
            return Outcome.ERROR;
        }
        account.status = row.step.target();
        account.lastStepOn = row.date;
        if (row.step.requiresAccountDetails()) {
            account.bank = row.bank.value();
            account.number = row.number.value();
        }
        return Outcome.READY;
    }

    private void checkName(ReadRow row, PersonAccount person) {
        if (row.fullName == null || row.fullName.isBlank()) {
            return;
        }
        if (!VietnameseNames.fold(row.fullName).equals(VietnameseNames.fold(person.fullName()))) {
            row.warning(
                    AccountImportColumn.FULL_NAME,
                    "account.import.warning.nameMismatch",
                    row.fullName,
                    person.fullName());
        }
    }

    private void checkStep(ReadRow row, Tracked account) {
        if (!account.status.allows(row.step)) {
            row.error(
                    AccountImportColumn.EVENT,
                    "account.error.transition",
                    new Label(row.step.labelKey()),
                    new Label(account.status.labelKey()));
            return;
        }
        if (account.lastStepOn != null && row.date.isBefore(account.lastStepOn)) {
            row.error(
                    AccountImportColumn.DATE,
                    "account.error.date.beforeLastStep",
                    VietnameseFormat.date(row.date),
                    VietnameseFormat.date(account.lastStepOn));
            return;
        }
        if (!row.step.requiresAccountDetails()) {
            if (row.bank != null && !row.bank.value().equals(account.bank)) {
                row.error(
                        AccountImportColumn.BANK,
                        "account.import.error.otherBank",
                        row.bank.value(),
                        Objects.toString(account.bank, "—"));
            }
            if (row.number != null && !row.number.value().equals(account.number)) {
                row.error(AccountImportColumn.ACCOUNT_NUMBER, "account.import.error.otherNumber");
            }
        }
    }
}
