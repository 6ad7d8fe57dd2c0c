package vn.ansinh.backup.application;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the rows of each table in a {@code mariadb-dump} as it goes by, line by line: every {@code INSERT
 * INTO `t` VALUES (…),(…);} statement adds its tuples, whether on one line (MySQL's mysqldump) or one tuple per
 * line (mariadb-dump 10.11) (quoted strings with their backslash escapes skipped, so a "),(" or ";" inside a
 * value is not a row or an end), every {@code CREATE TABLE `t`} makes the table known with 0 rows. The
 * counts are those of the dump's own snapshot, which no query made while writes go on can give.
 */
final class DumpRows {

    private static final Pattern CREATE = Pattern.compile("^CREATE TABLE `((?:[^`]|``)+)`");
    private static final Pattern INSERT = Pattern.compile("^INSERT INTO `((?:[^`]|``)+)` (?:\\([^)]*\\) )?VALUES\\s*");

    private final Map<String, Long> rows = new TreeMap<>();

    /** The table whose {@code INSERT} statement is still open (mariadb-dump 10.11 writes a tuple per line). */
    private String inserting;

    private int depth;
    private char quote;

    void line(String line) {
        if (inserting != null) {
            scan(line, 0);
        } else if (line.startsWith("CREATE TABLE")) {
            Matcher m = CREATE.matcher(line);
            if (m.find()) {
                rows.putIfAbsent(name(m.group(1)), 0L);
            }
        } else if (line.startsWith("INSERT INTO")) {
            Matcher m = INSERT.matcher(line);
            if (!m.find()) {
                throw new IllegalStateException(
                        "an INSERT line of the dump not understood: " + line.substring(0, Math.min(line.length(), 80)));
            }
            inserting = name(m.group(1));
            rows.merge(inserting, 0L, Long::sum);
            depth = 0;
            quote = 0;
            scan(line, m.end());
        }
    }

    Map<String, Long> rows() {
        if (inserting != null) {
            throw new IllegalStateException("the dump ends inside an INSERT of " + inserting);
        }
        return Map.copyOf(rows);
    }

    /**
     * Counts the top-level parenthesised tuples of the open statement from {@code start}, outside quoted
     * strings, and closes the statement at its {@code ;}.
     */
    private void scan(String line, int start) {
        long count = 0;
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
            } else if (c == ';' && depth == 0) {
                rows.merge(inserting, count, Long::sum);
                inserting = null;
                return;
            }
        }
        rows.merge(inserting, count, Long::sum);
    }

    private static String name(String quoted) {
        return quoted.replace("``", "`");
    }
}
