package vn.ansinh.account.application;

import java.util.Map;
import java.util.TreeMap;
import vn.ansinh.registry.application.XlsxSheetReader.Cell;

/**
 * Reads CSV text (RFC 4180: fields in double quotes may hold the separator, line breaks and doubled
 * quotes) record by record. The separator is the comma, the semicolon or the tab, whichever the
 * first line uses most (Excel saves a Vietnamese-locale CSV with semicolons). Rows are numbered by
 * the line they start on, as a text editor shows them.
 */
final class CsvReader {

    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separatorOf(this.text);
    }

    static void read(String text, TableRows rows) {
        new CsvReader(text).readAll(rows);
    }

    private void readAll(TableRows rows) {
        while (pos < text.length()) {
            int start = line;
            int startPos = pos;
            Map<Integer, Cell> cells = new TreeMap<>();
            String problem = record(cells);
            if (problem != null) {
                // a record that ran over several lines and broke: most likely a quote never closed;
                // only its first line is lost, the next lines are read again as records of their own
                if (line > start) {
                    problem = "account.import.error.malformed.quote";
                }
                pos = startPos;
                line = start;
                skipToLineEnd();
                if (!rows.malformed(start, problem)) {
                    return;
                }
                continue;
            }
            int width = cells.size();
            cells.values().removeIf(Cell::isBlank);
            if (!cells.isEmpty() && !rows.row(start, cells, width)) {
                return;
            }
        }
    }

    /** Reads one record into {@code cells} (field index → value); returns a message key when malformed. */
    private String record(Map<Integer, Cell> cells) {
        int field = 0;
        while (true) {
            StringBuilder value = new StringBuilder();
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                boolean closed = false;
                while (pos < text.length()) {
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            value.append('"');
                            pos++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        value.append(c);
                    }
                }
                if (!closed) {
                    return "account.import.error.malformed.quote";
                }
                if (pos < text.length() && !atFieldEnd()) {
                    return "account.import.error.malformed.afterQuote";
                }
            } else {
                while (pos < text.length() && !atFieldEnd()) {
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        return "account.import.error.malformed.strayQuote";
                    }
                    value.append(c);
                }
            }
            cells.put(field++, Cell.text(value.toString()));
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

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ',');
        int semicolons = count(first, ';');
        int tabs = count(first, '\t');
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char x = text.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
