package vn.ansinh.backup.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a backup holds, written beside it as {@code manifest.tsv}: the dump's SHA-256, the rows of every
 * table as the dump has them, and every document of the store with its SHA-256 and size. Lines of tab-
 * separated fields: {@code dump <sha256>}, {@code table <name> <rows>}, {@code document <sha256> <bytes>}.
 */
public record BackupManifest(String dumpSha256, Map<String, Long> tableRows, Map<String, Long> documents) {

    public static final String FILE = "manifest.tsv";

    public BackupManifest {
        tableRows = Map.copyOf(tableRows);
        documents = Map.copyOf(documents);
    }

    public long totalRows() {
        return tableRows.values().stream().mapToLong(Long::longValue).sum();
    }

    void write(Path dir) {
        List<String> lines = new ArrayList<>();
        lines.add("dump\t" + dumpSha256);
        new TreeMap<>(tableRows).forEach((table, rows) -> lines.add("table\t" + table + "\t" + rows));
        new TreeMap<>(documents).forEach((sha, size) -> lines.add("document\t" + sha + "\t" + size));
        try {
            Files.write(dir.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BackupManifest read(Path dir) {
        String dump = null;
        Map<String, Long> tables = new TreeMap<>();
        Map<String, Long> documents = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "dump" -> dump = f[1];
                    case "table" -> tables.put(f[1], Long.parseLong(f[2]));
                    case "document" -> documents.put(f[1], Long.parseLong(f[2]));
                    default -> throw new IllegalStateException("manifest line not understood: " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (dump == null) {
            throw new IllegalStateException("the manifest names no dump");
        }
        return new BackupManifest(dump, tables, documents);
    }
}
