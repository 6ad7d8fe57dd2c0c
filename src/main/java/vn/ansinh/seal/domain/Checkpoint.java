package vn.ansinh.seal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A daily checkpoint: the day (Vietnam), when it was written, and every sealed table's count and head
 * hash. Written as a small text file ({@link #text()}) an operator keeps outside the database:
 *
 * <pre>
 * AnSinh seal checkpoint 1
 * day=2026-12-02
 * written_at=2026-12-02T17:05:00Z
 * audit_record count=1234 head_row=1240 head=3f0c…
 * decision count=…
 * case_event count=…
 * </pre>
 */
public record Checkpoint(LocalDate day, Instant writtenAt, List<TableHead> heads) {

    private static final String FIRST_LINE = "AnSinh seal checkpoint 1";

    public Checkpoint {
        heads = List.copyOf(heads);
    }

    /** The name of the day's file. */
    public static String fileName(LocalDate day) {
        return "ansinh-seal-" + day + ".txt";
    }

    public String fileName() {
        return fileName(day);
    }

    public String text() {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        text.append("day=").append(day).append('\n');
        text.append("written_at=").append(writtenAt).append('\n');
        for (TableHead head : heads) {
            text.append(head.line()).append('\n');
        }
        return text.toString();
    }

    public static Checkpoint parse(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 3 || !lines.get(0).equals(FIRST_LINE)) {
            throw new IllegalArgumentException("not an AnSinh seal checkpoint");
        }
        LocalDate day = LocalDate.parse(after(lines.get(1), "day="));
        Instant writtenAt = Instant.parse(after(lines.get(2), "written_at="));
        List<TableHead> heads = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            heads.add(TableHead.parse(line));
        }
        return new Checkpoint(day, writtenAt, heads);
    }

    private static String after(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("expected " + prefix + "…, got " + line);
        }
        return line.substring(prefix.length());
    }
}
