package vn.ansinh.payment.application;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * What an auditor searches payment lines by: a person (personal ID, name in any word order and with or without
 * diacritics, or the person's id from a link), a decision (its number as written, or its id), a rate row (a
 * standard level, a coefficient or an annex row, from a link), a bank account number, the months the money is
 * for and the amount. Every field is optional; {@link #problems()} names each field that is wrong, and refuses a
 * search that would read every line of the jurisdiction (no filter but an amount range, or a month range open at
 * one end).
 */
public record PaymentCriteria(
        String personalId,
        String name,
        String decisionNumber,
        Long decisionId,
        Long levelId,
        Long coefficientId,
        Long annexId,
        String account,
        Long personId,
        YearMonth from,
        YearMonth to,
        Long minAmount,
        Long maxAmount)
        implements Serializable {

    /** A field in error and the message saying why ({@code field} null: the search as a whole). */
    public record Problem(String field, String key, Object... arguments) {}

    public static final String PERSONAL_ID = "personalId";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String MIN_AMOUNT = "minAmount";
    public static final String MAX_AMOUNT = "maxAmount";

    public PaymentCriteria {
        personalId = blankToNull(personalId == null ? null : personalId.replaceAll("[\\s.]", ""));
        name = blankToNull(name);
        decisionNumber = blankToNull(decisionNumber);
        account = blankToNull(account == null ? null : account.replaceAll("[\\s.-]", ""));
    }

    /** No filter at all. */
    public static PaymentCriteria none() {
        return new PaymentCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** What is wrong with the search, field by field; empty when it may run. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (personalId != null) {
            try {
                PersonalId.of(personalId);
            } catch (InvalidValueException e) {
                problems.add(new Problem(PERSONAL_ID, e.messageKey(), e.arguments()));
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new Problem(TO, "paymentSearch.error.months"));
        }
        if (minAmount != null && minAmount < 0) {
            problems.add(new Problem(MIN_AMOUNT, "paymentSearch.error.amount"));
        }
        if (maxAmount != null && maxAmount < 0) {
            problems.add(new Problem(MAX_AMOUNT, "paymentSearch.error.amount"));
        }
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            problems.add(new Problem(MAX_AMOUNT, "paymentSearch.error.amounts"));
        }
        if (!narrowed()) {
            problems.add(new Problem(null, "paymentSearch.error.noFilter"));
        }
        return problems;
    }

    /**
     * Whether the search names something that narrows it: a person, a decision, a rate row, an account, or a
     * month range with both ends (an amount range alone would still read every line of the jurisdiction).
     */
    public boolean narrowed() {
        return personalId != null
                || !nameWords().isEmpty()
                || decisionNumber != null
                || decisionId != null
                || levelId != null
                || coefficientId != null
                || annexId != null
                || account != null
                || personId != null
                || (from != null && to != null);
    }

    /** The words of the name, folded (no diacritics, lower case), in any order. */
    public List<String> nameWords() {
        return VietnameseNames.tokens(name);
    }

    /** The bank account, spaces and dots removed. */
    public Optional<String> accountNumber() {
        return Optional.ofNullable(account);
    }

    /**
     * An amount as typed: digits with optional thousands separators ({@code 1.500.000} or {@code 1 500 000});
     * null when blank. Refuses anything else with the message of {@code paymentSearch.error.amount}.
     */
    public static Long amount(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s.,]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,15}")) {
            throw new InvalidValueException("paymentSearch.error.amount");
        }
        return Long.parseLong(digits);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
