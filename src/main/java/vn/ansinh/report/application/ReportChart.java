package vn.ansinh.report.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The Chart.js configurations (JSON for PrimeFaces' {@code p:chart}) of the reports: plain data only, so that they
 * render under the app's Content-Security-Policy; characters that could end a script element are escaped.
 */
public final class ReportChart {

    private ReportChart() {}

    /** Per programme: bars at the start, new, stopped and at the end. */
    public static String movement(MovementReport report, Function<String, String> text) {
        List<MovementRow> programmes = report.programmeTotals();
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        programmes.forEach(p -> labels.add(text.apply(p.programme().labelKey())));
        JsonArrayBuilder datasets = Jsons.createArrayBuilder()
                .add(bars(text.apply("report.movement.atStart"), "#90a4ae", programmes, MovementRow::atStart, null))
                .add(bars(text.apply("report.movement.added"), "#2e7d32", programmes, MovementRow::added, null))
                .add(bars(text.apply("report.movement.stopped"), "#c62828", programmes, MovementRow::stopped, null))
                .add(bars(text.apply("report.movement.atEnd"), "#1565c0", programmes, MovementRow::atEnd, null));
        return json("bar", labels, datasets, false);
    }

    /** Per month of the period: cash and transfer, stacked. */
    public static String paid(
            PaidReport report, Function<String, String> text, Function<java.time.YearMonth, String> month) {
        List<MonthPaid> months = report.months();
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        months.forEach(m -> labels.add(month.apply(m.month())));
        JsonArrayBuilder datasets = Jsons.createArrayBuilder()
                .add(bars(text.apply("report.paid.cash"), "#ef6c00", months, MonthPaid::cash, "paid"))
                .add(bars(text.apply("report.paid.transfer"), "#1565c0", months, MonthPaid::transfer, "paid"));
        return json("bar", labels, datasets, true);
    }

    /** Per unit: poor and near-poor households, last year's beside this year's (a gap where a figure is absent). */
    public static String poverty(PovertyReport report, Function<String, String> text) {
        List<PovertyRow> rows = report.rows();
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        rows.forEach(r -> labels.add(r.name()));
        JsonArrayBuilder datasets = Jsons.createArrayBuilder()
                .add(bars(text.apply("report.poverty.poorLastYear"), "#ef9a9a", rows, PovertyRow::poorLastYear, null))
                .add(bars(text.apply("report.poverty.poor"), "#c62828", rows, PovertyRow::poor, null))
                .add(bars(
                        text.apply("report.poverty.nearPoorLastYear"),
                        "#ffcc80",
                        rows,
                        PovertyRow::nearPoorLastYear,
                        null))
                .add(bars(text.apply("report.poverty.nearPoor"), "#ef6c00", rows, PovertyRow::nearPoor, null));
        return json("bar", labels, datasets, false);
    }

    /** A dataset; an absent value (null) is a gap, not a 0. */
    private static <T> JsonObjectBuilder bars(
            String label, String colour, List<T> items, Function<T, Long> value, String stack) {
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (T item : items) {
            Long v = value.apply(item);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v.longValue());
            }
        }
        JsonObjectBuilder bars = Jsons.createObjectBuilder()
                .add("label", label)
                .add("backgroundColor", colour)
                .add("data", data);
        if (stack != null) {
            bars.add("stack", stack);
        }
        return bars;
    }

    private static String json(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonObjectBuilder axis = Jsons.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder options = Jsons.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                // numbers on the axis as the tables write them in either language (25.000.000), whole numbers only
                .add("locale", "vi-VN")
                .add(
                        "scales",
                        Jsons.createObjectBuilder()
                                .add("x", axis)
                                .add(
                                        "y",
                                        Jsons.createObjectBuilder()
                                                .add("stacked", stacked)
                                                .add("beginAtZero", true)
                                                .add(
                                                        "ticks",
                                                        Jsons.createObjectBuilder()
                                                                .add("precision", 0))))
                .add(
                        "plugins",
                        Jsons.createObjectBuilder()
                                .add("legend", Jsons.createObjectBuilder().add("position", "bottom")));
        String json = Jsons.createObjectBuilder()
                .add("type", type)
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
