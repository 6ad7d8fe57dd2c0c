package vn.ansinh.account.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The Chart.js configuration (JSON, for PrimeFaces' {@code p:chart}) of a Project 06 report: per
 * commune, bars for the shares with an account, registered and paid via an account, and the two
 * targets as dashed lines. Plain data only (no functions), so it renders under the app's
 * Content-Security-Policy; characters that could end a script element are escaped.
 */
public final class Project06Chart {

    /** Above this many communes the bars lie horizontally, one line per commune. */
    public static final int HORIZONTAL_FROM = 13;

    /** The texts of the chart in the user's language. */
    public record Texts(
            String withAccount,
            String registered,
            String paid,
            String accountTarget,
            String paidTarget,
            String percentAxis) {}

    private Project06Chart() {}

    public static boolean horizontal(Project06Report report) {
        return report.communesWithBeneficiaries().size() >= HORIZONTAL_FROM;
    }

    public static String json(Project06Report report, Texts texts) {
        List<CommuneIndicators> communes = report.communesWithBeneficiaries();
        boolean horizontal = horizontal(report);
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        communes.forEach(c -> labels.add(c.communeName()));
        JsonArrayBuilder datasets = Jsons.createArrayBuilder()
                .add(bars(texts.withAccount(), "#2e7d32", communes, CommuneIndicators::accountShare))
                .add(bars(texts.registered(), "#1565c0", communes, CommuneIndicators::registeredShare))
                .add(bars(texts.paid(), "#ef6c00", communes, CommuneIndicators::paidShare))
                .add(target(
                        texts.accountTarget(),
                        "#1b5e20",
                        report.targets().accountPercent(),
                        communes.size(),
                        horizontal))
                .add(target(
                        texts.paidTarget(), "#e65100", report.targets().paidPercent(), communes.size(), horizontal));
        JsonObjectBuilder valueAxis = Jsons.createObjectBuilder()
                .add("min", 0)
                .add("max", 100)
                .add("title", Jsons.createObjectBuilder().add("display", true).add("text", texts.percentAxis()));
        JsonObjectBuilder options = Jsons.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("scales", Jsons.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis))
                .add(
                        "plugins",
                        Jsons.createObjectBuilder()
                                .add("legend", Jsons.createObjectBuilder().add("position", "bottom")));
        String json = Jsons.createObjectBuilder()
                .add("type", "bar")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static JsonObjectBuilder bars(
            String label,
            String colour,
            List<CommuneIndicators> communes,
            Function<CommuneIndicators, BigDecimal> share) {
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        communes.forEach(c -> data.add(share.apply(c)));
        return Jsons.createObjectBuilder()
                .add("label", label)
                .add("backgroundColor", colour)
                .add("data", data);
    }

    /** A target as a dashed line across the communes; a single commune gets a wide dash (a line needs two points). */
    private static JsonObjectBuilder target(String label, String colour, int percent, int points, boolean horizontal) {
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        for (int i = 0; i < points; i++) {
            data.add(percent);
        }
        return Jsons.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderDash", Jsons.createArrayBuilder().add(6).add(4))
                .add("borderWidth", 2)
                .add("fill", false)
                .add("pointStyle", "line")
                .add("pointRadius", points == 1 ? 40 : 0)
                .add("pointRotation", horizontal ? 90 : 0)
                .add("data", data);
    }
}
