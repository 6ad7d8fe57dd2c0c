package vn.ansinh.account.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ansinh.account.domain.AccountNumber;
import vn.ansinh.account.domain.AccountStep;
import vn.ansinh.account.domain.BankCode;
import vn.ansinh.registry.domain.PersonalId;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.upload.Cell;

/**
 * Reads the cells of one data row with the value objects' own rules: a cell refused becomes an error
 * of the row in its column, with the value object's message.
 */
final class AccountRowReader {

    /** Excel keeps 15 significant digits of a number: a longer number typed into a number cell is lost. */
    static final int EXCEL_DIGITS = 15;

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final LocalDate today;

    AccountRowReader(LocalDate today) {
        this.today = today;
    }

    ReadRow read(int rowNumber, Map<AccountImportColumn, Cell> cells) {
        ReadRow row = new ReadRow(rowNumber);
        Cell name = cells.get(AccountImportColumn.FULL_NAME);
        row.fullName = name == null ? null : name.text();
        row.personalId = read(row, cells, AccountImportColumn.PERSONAL_ID, true, c -> personalId(row, c));
        row.step = read(row, cells, AccountImportColumn.EVENT, true, this::step);
        row.date = read(row, cells, AccountImportColumn.DATE, true, this::date);
        boolean opens = row.step == AccountStep.OPEN;
        row.bank = read(row, cells, AccountImportColumn.BANK, opens, c -> BankCode.of(c.text()));
        row.number = read(row, cells, AccountImportColumn.ACCOUNT_NUMBER, opens, c -> number(row, c));
        return row;
    }

    private String personalId(ReadRow row, Cell cell) {
        String text = cell.text();
        if (cell.kind() == Cell.Kind.NUMBER && DIGITS.matcher(text).matches() && text.length() < 12) {
            text = "0".repeat(12 - text.length()) + text;
            row.warning(AccountImportColumn.PERSONAL_ID, "import.warning.leadingZeros", text);
        }
        return PersonalId.of(text).value();
    }

    private AccountStep step(Cell cell) {
        return AccountStep.ofImportCode(cell.text())
                .orElseThrow(() -> new BusinessRuleException("account.import.error.event", cell.text()));
    }

    private LocalDate date(Cell cell) {
        LocalDate date;
        if (cell.kind() == Cell.Kind.DATE) {
            date = cell.date();
        } else {
            try {
                date = LocalDate.parse(cell.text(), DAY);
            } catch (DateTimeParseException e) {
                throw new BusinessRuleException("account.import.error.date", cell.text());
            }
        }
        if (date.isAfter(today)) {
            throw new BusinessRuleException("account.error.date.future", DAY.format(date));
        }
        return date;
    }

    private AccountNumber number(ReadRow row, Cell cell) {
        if (cell.kind() == Cell.Kind.NUMBER) {
            if (cell.text().length() > EXCEL_DIGITS) {
                throw new BusinessRuleException("account.import.error.numberCell", EXCEL_DIGITS);
            }
            row.warning(AccountImportColumn.ACCOUNT_NUMBER, "account.import.warning.numberCell");
        }
        return AccountNumber.of(cell.text());
    }

    private static <T> T read(
            ReadRow row,
            Map<AccountImportColumn, Cell> cells,
            AccountImportColumn column,
            boolean required,
            CellReader<T> reader) {
        Cell cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            if (required) {
                row.error(column, "account.import.error.required");
            }
            return null;
        }
        try {
            return reader.read(cell);
        } catch (BusinessRuleException e) {
            row.error(column, e.messageKey(), e.arguments());
            return null;
        }
    }

    @FunctionalInterface
    private interface CellReader<T> {
        T read(Cell cell);
    }
}
