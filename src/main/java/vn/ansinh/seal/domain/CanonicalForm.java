package vn.ansinh.seal.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The canonical content of a sealed row, version 1, the bytes its content hash is taken of (UTF-8, LF):
 *
 * <pre>
 * AnSinh-seal/1 LF
 * table name LF
 * for every column of {@link SealedTable} in its order:
 *   column name, then "=~" for NULL, or "=" byte length ":" the value's UTF-8 bytes; then LF
 * </pre>
 *
 * The value is the column's text as {@link SealedTable.Column} reads it. The byte length in front of
 * every value makes the form unambiguous whatever a value contains (a line feed, an "=").
 */
public final class CanonicalForm {

    public static final String VERSION = "AnSinh-seal/1";

    private CanonicalForm() {}

    public static byte[] of(SealedTable table, List<String> values) {
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException(
                    table.tableName() + " has " + table.columns().size() + " columns, got " + values.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(out, VERSION + "\n" + table.tableName() + "\n");
        for (int i = 0; i < values.size(); i++) {
            write(out, table.columns().get(i).name());
            String value = values.get(i);
            if (value == null) {
                write(out, "=~\n");
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                write(out, "=" + bytes.length + ":");
                out.writeBytes(bytes);
                write(out, "\n");
            }
        }
        return out.toByteArray();
    }

    /** The content hash of a row: SHA-256 of its canonical form, in lower-case hex. */
    public static String contentHash(SealedTable table, List<String> values) {
        return Sha256.hex(Sha256.digest(of(table, values)));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
