package vn.ansinh.registry.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ansinh.registry.domain.DeprivationIndicator;
import vn.ansinh.registry.domain.Deprivations;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.HealthInsuranceCardNumber;
import vn.ansinh.registry.domain.OldIdNumber;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.registry.domain.PhoneNumber;
import vn.ansinh.registry.domain.PovertyReviewFigures;
import vn.ansinh.registry.domain.Relationship;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.kernel.InvalidValueException;
import vn.ansinh.shared.upload.Cell;

/**
 * Reads the cells of one data row of a person import with the value objects' own rules: a cell refused
 * becomes an error of the row in its column, with the value object's message; a number cell where Excel
 * dropped the leading zeros of an ID is restored with a warning. One reader per row.
 */
final class PersonRowReader {

    /** The longest address the registry stores. */
    static final int MAX_ADDRESS_LENGTH = 255;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ETHNICITY_CODE = Pattern.compile("\\d{1,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("-?\\d{1,3}(?:([.,\\s])\\d{3})(?:\\1\\d{3})*");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d+");
    private static final Pattern CURRENCY = Pattern.compile("\\s*(?:vnd|dong|d)\\s*$");

    private final LocalDate today;
    private final PersonRow row;
    private final Map<ImportColumn, Cell> values;

    /** The row {@code rowNumber}, its header's columns, and its cells that are not blank by column. */
    PersonRowReader(
            LocalDate today, int rowNumber, Map<ImportColumn, Integer> columns, Map<ImportColumn, Cell> values) {
        this.today = today;
        this.row = new PersonRow(rowNumber, columns);
        this.values = values;
    }

    PersonRow read() {
        String name = read(ImportColumn.FULL_NAME, true, t -> VietnameseNames.normaliseForStorage(t.text()));
        PartialDate birth = read(ImportColumn.BIRTH_DATE, true, this::birthDate);
        Sex sex = read(ImportColumn.SEX, true, t -> Sex.fromVietnamese(t.text()));
        Ethnicity ethnicity = read(ImportColumn.ETHNICITY, true, this::ethnicity);
        PersonalId personalId = read(
                ImportColumn.PERSONAL_ID, false, t -> PersonalId.of(digitsRestored(ImportColumn.PERSONAL_ID, t, 12)));
        OldIdNumber oldId = read(
                ImportColumn.OLD_ID_NUMBER,
                false,
                t -> OldIdNumber.of(digitsRestored(ImportColumn.OLD_ID_NUMBER, t, 9)));
        HealthInsuranceCardNumber card =
                read(ImportColumn.HEALTH_INSURANCE_CARD, false, t -> HealthInsuranceCardNumber.of(t.text()));
        PhoneNumber phone = read(ImportColumn.PHONE, false, this::phone);
        String address = read(ImportColumn.ADDRESS, false, this::address);
        row.householdKey = read(ImportColumn.HOUSEHOLD_KEY, true, Cell::text);
        row.relationship = read(ImportColumn.RELATIONSHIP, true, t -> Relationship.fromVietnamese(t.text()));
        row.personalId = personalId;
        if (personalId != null && sex != null && birth != null) {
            for (String key : personalId.checkAgainst(sex, birth)) {
                row.problems.add(row.problem(ImportColumn.PERSONAL_ID, key));
            }
        }
        PovertyReviewFigures review = review();
        if (!row.hasErrors()) {
            row.parsed = new ImportRow(
                    row.rowNumber,
                    new PersonDetails(name, birth, sex, ethnicity, personalId, oldId, card, phone, address),
                    row.householdKey,
                    row.relationship,
                    review);
        }
        return row;
    }

    private PartialDate birthDate(Cell cell) {
        if (cell.kind() == Cell.Kind.DATE) {
            LocalDate date = cell.date();
            return PartialDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                    .notAfter(today);
        }
        return PartialDate.parse(cell.text(), today);
    }

    private Ethnicity ethnicity(Cell cell) {
        String text = cell.text();
        if (ETHNICITY_CODE.matcher(text).matches()) {
            return Ethnicity.fromCode(text);
        }
        return Ethnicity.fromName(text)
                .orElseThrow(() -> new InvalidValueException("person.error.ethnicity.name", text));
    }

    /**
     * The digits of an ID typed into a number cell, where Excel dropped the leading zeros:
     * restored to the number's length, with a warning so that the officer checks them.
     */
    private String digitsRestored(ImportColumn column, Cell cell, int length) {
        String text = cell.text();
        if (cell.kind() == Cell.Kind.NUMBER && DIGITS.matcher(text).matches() && text.length() < length) {
            String restored = "0".repeat(length - text.length()) + text;
            row.problems.add(row.warning(column, "import.warning.leadingZeros", restored));
            return restored;
        }
        return text;
    }

    private PhoneNumber phone(Cell cell) {
        String text = cell.text();
        if (cell.kind() == Cell.Kind.NUMBER && DIGITS.matcher(text).matches() && text.length() == 9) {
            return PhoneNumber.of("0" + text);
        }
        return PhoneNumber.of(text);
    }

    private String address(Cell cell) {
        String text = cell.text();
        if (text.codePointCount(0, text.length()) > MAX_ADDRESS_LENGTH) {
            throw new InvalidValueException("import.error.address.length", MAX_ADDRESS_LENGTH);
        }
        return vn.ansinh.registry.domain.FreeText.of(text);
    }

    /** The review figures of a head's row, or null; a review on another row is an error. */
    private PovertyReviewFigures review() {
        ImportColumn firstFilled = Arrays.stream(ImportColumn.values())
                .filter(c -> c.isReview() && values.containsKey(c))
                .findFirst()
                .orElse(null);
        if (firstFilled == null) {
            return null;
        }
        if (row.relationship != null && row.relationship != Relationship.HEAD) {
            row.problems.add(row.problem(firstFilled, "import.error.review.notHead"));
            return null;
        }
        Integer year = read(ImportColumn.REVIEW_YEAR, false, this::reviewYear);
        Long income = read(ImportColumn.INCOME_PER_CAPITA, false, this::income);
        EnumSet<DeprivationIndicator> deprived = EnumSet.noneOf(DeprivationIndicator.class);
        for (ImportColumn column : ImportColumn.values()) {
            column.indicator().ifPresent(indicator -> {
                if (Boolean.TRUE.equals(read(column, false, this::deprived))) {
                    deprived.add(indicator);
                }
            });
        }
        if (!values.containsKey(ImportColumn.REVIEW_YEAR)) {
            row.problems.add(row.problem(ImportColumn.REVIEW_YEAR, "import.error.review.yearMissing"));
        }
        if (!values.containsKey(ImportColumn.INCOME_PER_CAPITA)) {
            row.problems.add(row.problem(ImportColumn.INCOME_PER_CAPITA, "import.error.review.incomeMissing"));
        }
        if (year == null || income == null || row.hasErrors()) {
            return null;
        }
        return new PovertyReviewFigures(year, income, new Deprivations(deprived));
    }

    private Integer reviewYear(Cell cell) {
        if (cell.kind() == Cell.Kind.DATE || !YEAR.matcher(cell.text()).matches()) {
            throw new InvalidValueException("import.error.review.yearFormat");
        }
        int year = Integer.parseInt(cell.text());
        PovertyReviewer.requirePlausibleYear(year, today);
        return year;
    }

    private Long income(Cell cell) {
        BigDecimal amount;
        if (cell.kind() == Cell.Kind.NUMBER) {
            amount = new BigDecimal(cell.text());
        } else if (cell.kind() == Cell.Kind.TEXT) {
            String text = CURRENCY.matcher(VietnameseNames.fold(cell.text()))
                    .replaceFirst("")
                    .strip();
            if (GROUPED_AMOUNT.matcher(text).matches()
                    || PLAIN_AMOUNT.matcher(text).matches()) {
                amount = new BigDecimal(text.replaceAll("[.,\\s]", ""));
            } else {
                throw new InvalidValueException("import.error.review.incomeFormat");
            }
        } else {
            throw new InvalidValueException("import.error.review.incomeFormat");
        }
        if (amount.signum() < 0) {
            throw new InvalidValueException("review.error.income");
        }
        if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new InvalidValueException("import.error.review.incomeFormat");
        }
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private Boolean deprived(Cell cell) {
        if (cell.kind() == Cell.Kind.TEXT && cell.text().equalsIgnoreCase("x")) {
            return true;
        }
        throw new InvalidValueException("import.error.review.mark");
    }

    /**
     * The value of a cell read by {@code reader}, or null when it is blank (an error when
     * {@code required}) or refused (the refusal becomes the cell's problem).
     */
    private <T> T read(ImportColumn column, boolean required, CellReader<T> reader) {
        Cell cell = values.get(column);
        if (cell == null) {
            if (required) {
                row.problems.add(row.problem(
                        column,
                        column == ImportColumn.FULL_NAME ? "person.error.name.required" : "import.error.required"));
            }
            return null;
        }
        try {
            return reader.read(cell);
        } catch (BusinessRuleException e) {
            row.problems.add(row.problem(column, e.messageKey(), e.arguments()));
            return null;
        }
    }

    @FunctionalInterface
    private interface CellReader<T> {
        T read(Cell cell);
    }
}
