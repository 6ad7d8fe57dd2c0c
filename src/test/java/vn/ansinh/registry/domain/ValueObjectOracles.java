package vn.ansinh.registry.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import vn.ansinh.fuzz.MessageKeys;
import vn.ansinh.shared.kernel.InvalidValueException;

/**
 * What must hold for any text given to the value objects that read outside input, shared by the property
 * tests (jqwik) and the fuzz targets (Jazzer): the text is accepted and its written form reads back to the
 * same value, or it is refused with an {@link InvalidValueException} whose message key is in both bundles.
 * Any other exception escapes, and fails the property or is Jazzer's finding.
 */
public final class ValueObjectOracles {

    /** A fixed day, so that a run is repeatable. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private ValueObjectOracles() {}

    /** Returns the personal ID read, or null when refused. */
    public static PersonalId personalId(String text) {
        PersonalId id;
        try {
            id = PersonalId.of(text);
        } catch (InvalidValueException e) {
            MessageKeys.requireKnown(e);
            return null;
        }
        require(id.value().matches("[0-9]{12}"), "a personal ID of 12 digits");
        require(PersonalId.of(id.value()).equals(id), "a personal ID reads back from its value");
        require(id.masked().length() == 12 && !id.toString().equals(id.value()), "a personal ID is masked");
        // the number agrees with the sex and the year of birth it encodes
        require(id.checkAgainst(id.sex(), PartialDate.of(id.birthYear())).isEmpty(), "an ID agrees with itself");
        Sex other = id.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        for (String key : id.checkAgainst(other, PartialDate.of(id.birthYear() + 1))) {
            MessageKeys.requireKnown(key);
        }
        require(
                id.checkAgainst(other, PartialDate.of(id.birthYear() + 1)).size() == 2,
                "another sex and another year are both reported");
        return id;
    }

    /** Returns the date read, or null when refused. */
    public static PartialDate partialDate(String text) {
        PartialDate date;
        try {
            date = PartialDate.parse(text, TODAY);
        } catch (InvalidValueException e) {
            MessageKeys.requireKnown(e);
            return null;
        }
        require(!date.earliestDay().isAfter(TODAY), "no date of birth after today");
        require(!date.latestDay().isBefore(date.earliestDay()), "a date ends after it begins");
        require(PartialDate.parse(date.format(), TODAY).equals(date), "a date reads back from its written form");
        require(date.covers(date.earliestDay()) && date.covers(date.latestDay()), "a date covers its own days");
        return date;
    }

    /** Returns the name as stored, or null when refused. */
    public static String name(String text) {
        String stored;
        try {
            stored = VietnameseNames.normaliseForStorage(text);
        } catch (InvalidValueException e) {
            MessageKeys.requireKnown(e);
            return null;
        }
        require(!stored.isEmpty() && stored.equals(stored.strip()), "a stored name is trimmed");
        require(Normalizer.isNormalized(stored, Normalizer.Form.NFC), "a stored name is in NFC");
        require(VietnameseNames.normaliseForStorage(stored).equals(stored), "storing a stored name changes nothing");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        require(
                VietnameseNames.normaliseForStorage(decomposed).equals(stored),
                "a name typed with combining marks is stored as the precomposed one");
        require(
                VietnameseNames.fold(decomposed).equals(VietnameseNames.fold(stored)),
                "a name folds alike whatever its Unicode form");
        require(
                VietnameseNames.sortedKey(stored).equals(VietnameseNames.sortedKey(VietnameseNames.fold(stored))),
                "folding is idempotent for the sorted key");
        return stored;
    }

    /** Returns the card number read, or null when refused. */
    public static HealthInsuranceCardNumber healthInsuranceCard(String text) {
        HealthInsuranceCardNumber card;
        try {
            card = HealthInsuranceCardNumber.of(text);
        } catch (InvalidValueException e) {
            MessageKeys.requireKnown(e);
            return null;
        }
        require(card.value().length() == 15, "a card number of 15 characters");
        require(HealthInsuranceCardNumber.of(card.value()).equals(card), "a card number reads back from its value");
        require(
                HealthInsuranceCardNumber.of(card.value().toLowerCase(java.util.Locale.ROOT))
                        .equals(card),
                "a card number in lower case is the same card");
        require(card.benefitLevel() >= 1 && card.benefitLevel() <= 5, "a benefit level 1 to 5");
        return card;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("broken: " + what);
        }
    }
}
