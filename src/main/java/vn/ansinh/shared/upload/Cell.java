package vn.ansinh.shared.upload;

import java.time.LocalDate;

/**
 * One value of an uploaded table as the file stored it: an .xlsx cell keeps its kind (text, a number
 * — a personal ID typed into a number cell has lost its leading zeros — or a date Excel recognised,
 * whatever its display format); every CSV field is text. Text is stripped, also of no-break spaces.
 */
public record Cell(Kind kind, String text, LocalDate date) {

    /** What the file stored in the cell. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE
    }

    /** A text cell, as a CSV file gives every value. */
    public static Cell text(String text) {
        return new Cell(Kind.TEXT, strip(text == null ? "" : text), null);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    private static String strip(String text) {
        return text.replace('\u00A0', ' ').strip();
    }
}
