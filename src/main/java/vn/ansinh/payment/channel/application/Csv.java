package vn.ansinh.payment.channel.application;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect of the bank files (RFC 4180 with a semicolon): written with {@value #SEPARATOR}
 * and CRLF line ends, a field quoted when it holds the separator, a comma, a quote, a line break or
 * leading or trailing spaces (quotes doubled inside). Read with either {@code ;} or {@code ,}, the one
 * the header line uses; quoted fields may hold line breaks. The semicolon is what Excel expects in
 * Vietnam's regional settings, where the comma is the decimal mark.
 */
public final class Csv {

    public static final char SEPARATOR = ';';
    /** The byte order mark written first, so that Excel reads the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {}

    /** One record, with its line end. */
    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(field(fields.get(i) == null ? "" : fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(String value) {
        boolean quote = value.indexOf(';') >= 0
                || value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A record read back: its number (the first is 1) and its fields. */
    public record Record(int number, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quote opened and never closed. */
    public static final class MalformedException extends Exception {

        private static final long serialVersionUID = 1L;
        private final int record;

        MalformedException(int record) {
            super("unterminated quote in record " + record);
            this.record = record;
        }

        public int record() {
            return record;
        }
    }

    /** The records of a text (without its byte order mark). */
    public static List<Record> read(String text) throws MalformedException {
        char separator = separatorOf(text);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(records.size() + 1, List.copyOf(fields)));
                fields.clear();
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new MalformedException(records.size() + 1);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(records.size() + 1, List.copyOf(fields)));
        }
        return records;
    }

    /** {@code ;} when the first line has one outside quotes, else {@code ,}. */
    static char separatorOf(String text) {
        boolean quoted = false;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                return ';';
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > 0 ? ',' : SEPARATOR;
    }
}
