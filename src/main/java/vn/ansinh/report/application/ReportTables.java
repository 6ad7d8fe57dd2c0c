package vn.ansinh.report.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.ansinh.report.domain.StopReason;

/**
 * The reports as the tables of their state documents (Excel and PDF), in Vietnamese whatever the user's language:
 * the labels of programmes, categories and reasons come from the Vietnamese bundle, as the page shows them.
 */
public final class ReportTables {

    private static final ResourceBundle VI = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi"));

    private ReportTables() {}

    /** Columns: category, at the start, new, stopped (total and by reason), at the end. */
    public static ReportTable movement(MovementReport report, boolean national) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(ReportTable.Column.text(label("report.movement.category")));
        columns.add(ReportTable.Column.count(label("report.movement.atStart")));
        columns.add(ReportTable.Column.count(label("report.movement.added")));
        columns.add(ReportTable.Column.count(label("report.movement.stopped")));
        for (StopReason reason : StopReason.values()) {
            columns.add(ReportTable.Column.count(label(reason.labelKey())));
        }
        columns.add(ReportTable.Column.count(label("report.movement.atEnd")));
        List<ReportTable.Line> lines = new ArrayList<>();
        for (MovementRow row : report.rows()) {
            String name = row.isTotal()
                    ? label("report.subtotal") + " " + label(row.programme().labelKey())
                    : label(row.category().labelKey());
            lines.add(new ReportTable.Line(cells(name, row), !row.isTotal(), row.isTotal()));
        }
        return new ReportTable(
                report.unitName(),
                national,
                label("report.movement.document"),
                report.period().title(),
                columns,
                lines,
                new ReportTable.Line(cells(label("report.total"), report.total()), false, true),
                null);
    }

    private static List<Object> cells(String name, MovementRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        cells.add(row.atStart());
        cells.add(row.added());
        cells.add(row.stopped());
        for (StopReason reason : StopReason.values()) {
            cells.add(row.stopped(reason));
        }
        cells.add(row.atEnd());
        return cells;
    }

    /**
     * Columns: programme, cash, transfer, paid, the year's plan, % of plan, same period last year, % of last year;
     * then a line per month of the period.
     */
    public static ReportTable paid(PaidReport report, boolean national) {
        List<ReportTable.Column> columns = List.of(
                ReportTable.Column.text(label("report.paid.programme")),
                ReportTable.Column.money(label("report.paid.cash")),
                ReportTable.Column.money(label("report.paid.transfer")),
                ReportTable.Column.money(label("report.paid.paid")),
                ReportTable.Column.money(label("report.paid.plan")),
                ReportTable.Column.percent(label("report.paid.planPercent"), 3, 4),
                ReportTable.Column.money(label("report.paid.lastYear")),
                ReportTable.Column.percent(label("report.paid.lastYearPercent"), 3, 6));
        List<ReportTable.Line> lines = new ArrayList<>();
        for (PaidRow row : report.rows()) {
            lines.add(new ReportTable.Line(cells(label(row.programme().labelKey()), row), true, false));
        }
        return new ReportTable(
                report.unitName(),
                national,
                label("report.paid.document"),
                report.period().title(),
                columns,
                lines,
                new ReportTable.Line(cells(label("report.total"), report.total()), false, true),
                label("report.paid.note"));
    }

    private static List<Object> cells(String name, PaidRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        cells.add(row.cash());
        cells.add(row.transfer());
        cells.add(row.paid());
        cells.add(row.plan());
        cells.add(null);
        cells.add(row.lastYear());
        cells.add(null);
        return cells;
    }

    /**
     * Columns: unit, households, poor and their rate, near-poor and their rate, last year's poor and near-poor, escaped
     * poverty, new poor, left the near-poor list, new near-poor; a line per unit, summed when reviewed that year.
     */
    public static ReportTable poverty(PovertyReport report, boolean national) {
        List<ReportTable.Column> columns = List.of(
                ReportTable.Column.text(label(national ? "report.poverty.province" : "report.poverty.commune")),
                ReportTable.Column.count(label("report.poverty.households")),
                ReportTable.Column.count(label("report.poverty.poor")),
                ReportTable.Column.percent(label("report.poverty.poorRate"), 2, 1),
                ReportTable.Column.count(label("report.poverty.nearPoor")),
                ReportTable.Column.percent(label("report.poverty.nearPoorRate"), 4, 1),
                ReportTable.Column.count(label("report.poverty.poorLastYear")),
                ReportTable.Column.count(label("report.poverty.nearPoorLastYear")),
                ReportTable.Column.count(label("report.poverty.escaped")),
                ReportTable.Column.count(label("report.poverty.newPoor")),
                ReportTable.Column.count(label("report.poverty.leftNearPoor")),
                ReportTable.Column.count(label("report.poverty.newNearPoor")));
        List<ReportTable.Line> lines = new ArrayList<>();
        for (PovertyRow row : report.rows()) {
            lines.add(new ReportTable.Line(cells(row.name(), row), row.reviewed(), false));
        }
        return new ReportTable(
                report.unitName(),
                national,
                label("report.poverty.document"),
                report.period().title(),
                columns,
                lines,
                new ReportTable.Line(cells(label("report.total"), report.total()), false, true),
                label("report.poverty.note"));
    }

    private static List<Object> cells(String name, PovertyRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        cells.add(row.households());
        cells.add(row.poor());
        cells.add(null);
        cells.add(row.nearPoor());
        cells.add(null);
        cells.add(row.poorLastYear());
        cells.add(row.nearPoorLastYear());
        cells.add(row.escapedPoverty());
        cells.add(row.newPoor());
        cells.add(row.leftNearPoor());
        cells.add(row.newNearPoor());
        return cells;
    }

    static String label(String key) {
        try {
            return VI.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
