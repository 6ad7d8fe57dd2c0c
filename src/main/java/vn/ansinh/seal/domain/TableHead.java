package vn.ansinh.seal.domain;

import java.io.Serializable;

/** A table's chain at a moment: how many rows are sealed, the last sealed row id and the head hash. */
public record TableHead(String table, long count, long headRowId, String headHash) implements Serializable {

    /** The line of a checkpoint file. */
    public String line() {
        return table + " count=" + count + " head_row=" + headRowId + " head=" + headHash;
    }

    static TableHead parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a checkpoint line: " + line);
        }
        return new TableHead(
                parts[0],
                Long.parseLong(value(parts[1], "count")),
                Long.parseLong(value(parts[2], "head_row")),
                value(parts[3], "head"));
    }

    private static String value(String part, String name) {
        if (!part.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + "=…, got " + part);
        }
        return part.substring(name.length() + 1);
    }
}
