package vn.ansinh.report.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as a state document's table, for the Excel and PDF files: the issuing unit, the title, the period, the
 * columns and the lines; the issuing body when it is not the unit's People's Committee. A number column's cell is a {@link Long} or absent ({@code null}, written "—"); a percent
 * column is computed from two number columns of the same line, so the total line's percent is the total's, and Excel
 * gets it as a formula. The last line is the total: in Excel its number cells are {@code SUM} formulas over the
 * lines flagged as summed (the detail lines, not the subtotals).
 */
public record ReportTable(
        String unitName,
        boolean national,
        String title,
        String periodTitle,
        List<Column> columns,
        List<Line> lines,
        Line total,
        String note,
        String issuer) {

    /** The "absent" mark: a figure the system does not have, never written as 0. */
    public static final String ABSENT = "—";

    public enum Kind {
        TEXT,
        COUNT,
        MONEY,
        PERCENT
    }

    /** A column; a PERCENT column names the columns (0-based) of its numerator and denominator. */
    public record Column(String header, Kind kind, int numerator, int denominator) {

        public static Column text(String header) {
            return new Column(header, Kind.TEXT, -1, -1);
        }

        public static Column count(String header) {
            return new Column(header, Kind.COUNT, -1, -1);
        }

        public static Column money(String header) {
            return new Column(header, Kind.MONEY, -1, -1);
        }

        public static Column percent(String header, int numerator, int denominator) {
            return new Column(header, Kind.PERCENT, numerator, denominator);
        }

        public boolean isNumber() {
            return kind == Kind.COUNT || kind == Kind.MONEY;
        }
    }

    /** A line: its cells (text for TEXT columns, Long or null for numbers, ignored for percents); bold if a subtotal. */
    public record Line(List<Object> cells, boolean summed, boolean bold) {

        public Line {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        public Object cell(int column) {
            return cells.get(column);
        }
    }

    /** A table issued by its unit's People's Committee (or, for the country, the body {@link #issuedBy} names). */
    public ReportTable(
            String unitName,
            boolean national,
            String title,
            String periodTitle,
            List<Column> columns,
            List<Line> lines,
            Line total,
            String note) {
        this(unitName, national, title, periodTitle, columns, lines, total, note, null);
    }

    /** The same table issued by the named body (the national reports: the organisation running the system). */
    public ReportTable issuedBy(String body) {
        return new ReportTable(unitName, national, title, periodTitle, columns, lines, total, note, body);
    }

    public ReportTable {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }

    /** A number cell's value, or null when absent. */
    public static Long number(Line line, int column) {
        return line.cell(column) instanceof Long value ? value : null;
    }

    /** A percent cell's value (one decimal), or null when it cannot be computed. */
    public BigDecimal percent(Line line, int column) {
        Column c = columns.get(column);
        return PaidRow.percent(number(line, c.numerator()), number(line, c.denominator()));
    }
}
