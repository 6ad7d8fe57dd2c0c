package vn.ansinh.shared.text;

/**
 * Text a spreadsheet would take for a formula (CSV or formula injection, OWASP): a value starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Such a name, address,
 * note or reason is refused where it is typed or imported ({@link #MESSAGE_KEY}); a bank file holding
 * one is not produced; a file meant for people shows one {@link #neutralised neutralised}.
 */
public final class FormulaText {

    /** The message shown next to the field that holds such a value. */
    public static final String MESSAGE_KEY = "text.error.formula";

    private static final String STARTERS = "=+-@\t\r";

    private FormulaText() {}

    /** Whether a spreadsheet could run the value as a formula (null and empty cannot). */
    public static boolean startsFormula(String value) {
        return value != null && !value.isEmpty() && STARTERS.indexOf(value.charAt(0)) >= 0;
    }

    /**
     * The value as shown in a file opened by people: prefixed with a single quote when it could run
     * as a formula, so the spreadsheet shows it as text; any other value unchanged.
     */
    public static String neutralised(String value) {
        return startsFormula(value) ? "'" + value : value;
    }
}
