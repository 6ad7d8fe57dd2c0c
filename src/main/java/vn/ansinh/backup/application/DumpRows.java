package vn.ansinh.backup.application;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the rows of each table in a {@code mariadb-dump} as it goes by, line by line: every {@code INSERT
 * INTO `t` VALUES (…),(…);} line adds its tuples (quoted strings with their backslash escapes skipped, so a
 * "),(" inside a value is not a row), every {@code CREATE TABLE `t`} makes the table known with 0 rows. The
 * counts are those of the dump's own snapshot, which no query made while writes go on can give.
 */
final class DumpRows {

    private static final Pattern CREATE = Pattern.compile("^CREATE TABLE `((?:[^`]|``)+)`");
    private static final Pattern INSERT = Pattern.compile("^INSERT INTO `((?:[^`]|``)+)` (?:\\([^)]*\\) )?VALUES ");

    private final Map<String, Long> rows = new TreeMap<>();

    void line(String line) {
        if (line.startsWith("CREATE TABLE")) {
            Matcher m = CREATE.matcher(line);
            if (m.find()) {
                rows.putIfAbsent(name(m.group(1)), 0L);
            }
        } else if (line.startsWith("INSERT INTO")) {
            Matcher m = INSERT.matcher(line);
            if (!m.find()) {
                throw new IllegalStateException("an INSERT line of the dump not understood");
            }
            rows.merge(name(m.group(1)), tuples(line, m.end()), Long::sum);
        }
    }

    Map<String, Long> rows() {
        return Map.copyOf(rows);
    }

    /** The top-level parenthesised tuples from {@code start}, outside quoted strings. */
    static long tuples(String line, int start) {
        long count = 0;
        int depth = 0;
        char quote = 0;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                if (depth++ == 0) {
                    count++;
                }
            } else if (c == ')') {
                depth--;
            }
        }
        return count;
    }

    private static String name(String quoted) {
        return quoted.replace("``", "`");
    }
}
