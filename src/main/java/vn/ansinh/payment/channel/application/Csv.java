package vn.ansinh.payment.channel.application;

import java.util.ArrayList;
import java.util.List;
import vn.ansinh.shared.upload.CsvReader;

/**
 * The CSV dialect of the bank files (RFC 4180 with a semicolon): written with {@value #SEPARATOR}
 * and CRLF line ends, a field quoted when it holds the separator, a comma, a quote, a line break or
 * leading or trailing spaces (quotes doubled inside). Read back by {@link CsvReader} (the separator
 * the header line uses most; quoted fields may hold line breaks). The semicolon is what Excel expects
 * in Vietnam's regional settings, where the comma is the decimal mark.
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

    /**
     * The records of a text, blank ones included, read by the one CSV reader of the imports with
     * quotes read as Excel reads them; a quote never closed makes the whole text unreadable.
     */
    public static List<CsvReader.Record> read(String text) throws MalformedException {
        List<CsvReader.Record> records = new ArrayList<>();
        int[] unclosed = {0};
        CsvReader.read(text, CsvReader.Quotes.LENIENT, new CsvReader.Handler() {
            @Override
            public boolean record(CsvReader.Record record) {
                return records.add(record);
            }

            @Override
            public boolean malformed(int line, int number, CsvReader.Malformed why) {
                unclosed[0] = number;
                return false;
            }
        });
        if (unclosed[0] > 0) {
            throw new MalformedException(unclosed[0]);
        }
        return records;
    }

    /** The separator a text is read with ({@link CsvReader#separatorOf}). */
    static char separatorOf(String text) {
        return CsvReader.separatorOf(text);
    }
}
