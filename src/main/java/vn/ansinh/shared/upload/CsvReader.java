package vn.ansinh.shared.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads CSV text (RFC 4180: fields in double quotes may hold the separator, line breaks and doubled
 * quotes) record by record, for every import that takes CSV. The separator is the comma, the semicolon
 * or the tab, whichever the first line that has one uses most outside quotes; a tie goes to the
 * semicolon (what Excel writes in Vietnam's regional settings, where the comma is the decimal mark),
 * then the comma; a text without any is read with semicolons. A byte order mark first is dropped.
 *
 * <p>Each record is given with the line it starts on (as a text editor shows it) and its number among
 * the records (as Excel shows it: a quoted line break does not start a new row), blank records
 * included. A record that cannot be read as fields is reported with why, and reading goes on at its
 * next line: an unclosed quote loses only the first line of its record.
 */
public final class CsvReader {

    /** How quotes that RFC 4180 does not allow are read. */
    public enum Quotes {
        /** A quote inside an unquoted field, or text after a closing quote, makes the record malformed. */
        STRICT,
        /**
         * As Excel reads them: a quote may open a field after spaces (dropped), a quote inside an unquoted
         * field is kept as it is, and text after a closing quote is kept. Only an unclosed quote is malformed.
         */
        LENIENT
    }

    /** Why a record cannot be read as fields. */
    public enum Malformed {
        /** A quote never closed (it ran to the end of the text). */
        UNCLOSED_QUOTE,
        /** Text between a closing quote and the separator ({@link Quotes#STRICT}). */
        TEXT_AFTER_QUOTE,
        /** A quote inside an unquoted field ({@link Quotes#STRICT}). */
        STRAY_QUOTE
    }

    /** A record: the line it starts on, its number among the records (both from 1), its fields as written. */
    public record Record(int line, int number, List<String> fields) {

        public Record {
            fields = List.copyOf(fields);
        }

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }

        /** The fields that are not blank, as text cells by 0-based field index. */
        public Map<Integer, Cell> cells() {
            Map<Integer, Cell> cells = new TreeMap<>();
            for (int i = 0; i < fields.size(); i++) {
                Cell cell = Cell.text(fields.get(i));
                if (!cell.isBlank()) {
                    cells.put(i, cell);
                }
            }
            return cells;
        }
    }

    /** Receives the records in order; each method returns false to stop reading. */
    public interface Handler {

        boolean record(Record record);

        boolean malformed(int line, int number, Malformed why);
    }

    private final String text;
    private final Quotes quotes;
    private final char separator;
    private int pos;
    private int line = 1;

    private CsvReader(String text, Quotes quotes) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.quotes = quotes;
        this.separator = separatorOf(this.text);
    }

    /** Reads the text into the handler. */
    public static void read(String text, Quotes quotes, Handler handler) {
        new CsvReader(text, quotes).readAll(handler);
    }

    /** The separator the text is read with. */
    public static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return commas >= tabs ? ',' : '\t';
    }

    private void readAll(Handler handler) {
        int number = 0;
        while (pos < text.length()) {
            int start = line;
            int startPos = pos;
            number++;
            List<String> fields = new ArrayList<>();
            Malformed problem = record(fields);
            if (problem != null) {
                // a record that ran over several lines and broke: most likely a quote never closed;
                // only its first line is lost, the next lines are read again as records of their own
                if (line > start) {
                    problem = Malformed.UNCLOSED_QUOTE;
                }
                pos = startPos;
                line = start;
                skipToLineEnd();
                if (!handler.malformed(start, number, problem)) {
                    return;
                }
                continue;
            }
            if (!handler.record(new Record(start, number, fields))) {
                return;
            }
        }
    }

    /** Reads one record into {@code fields}; returns why when malformed. */
    private Malformed record(List<String> fields) {
        while (true) {
            StringBuilder value = new StringBuilder();
            if (quotes == Quotes.LENIENT) {
                skipSpacesBeforeQuote();
            }
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                if (!quoted(value)) {
                    return Malformed.UNCLOSED_QUOTE;
                }
                if (pos < text.length() && !atFieldEnd()) {
                    if (quotes == Quotes.STRICT) {
                        return Malformed.TEXT_AFTER_QUOTE;
                    }
                    while (pos < text.length() && !atFieldEnd()) {
                        value.append(text.charAt(pos++));
                    }
                }
            } else {
                while (pos < text.length() && !atFieldEnd()) {
                    char c = text.charAt(pos++);
                    if (c == '"' && quotes == Quotes.STRICT) {
                        return Malformed.STRAY_QUOTE;
                    }
                    value.append(c);
                }
            }
            fields.add(value.toString());
            if (pos >= text.length()) {
                return null;
            }
            char end = text.charAt(pos++);
            if (end == separator) {
                continue;
            }
            if (end == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
            return null;
        }
    }

    /** Reads a quoted value after its opening quote; false when the quote is never closed. */
    private boolean quoted(StringBuilder value) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    value.append('"');
                    pos++;
                } else {
                    return true;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                value.append(c);
            }
        }
        return false;
    }

    /** Skips the spaces before a quote that opens the field (they are not part of it); else nothing. */
    private void skipSpacesBeforeQuote() {
        int p = pos;
        while (p < text.length()
                && text.charAt(p) != separator
                && Character.isWhitespace(text.charAt(p))
                && text.charAt(p) != '\n'
                && text.charAt(p) != '\r') {
            p++;
        }
        if (p < text.length() && text.charAt(p) == '"') {
            pos = p;
        }
    }

    private boolean atFieldEnd() {
        char c = text.charAt(pos);
        return c == separator || c == '\n' || c == '\r';
    }

    private void skipToLineEnd() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\n') {
                line++;
                return;
            }
        }
    }
}
