package vn.ansinh.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart's Chart.js configuration: shares per commune with beneficiaries, the targets as lines, nothing executable. */
class Project06ChartTest {

    private static final Project06Chart.Texts TEXTS = new Project06Chart.Texts(
            "Có tài khoản", "Đăng ký", "Chi trả", "Chỉ tiêu 95 %", "Chỉ tiêu 50 %", "Tỷ lệ (%)");

    @Test
    void sharesOfTheCommunesWithBeneficiariesAndTheTargetsAsLines() {
        Project06Report report = new Project06Report(
                YearMonth.of(2026, 2),
                new Project06Targets(95, 50),
                List.of(
                        new CommuneIndicators("03253", "Xã Tuần Giáo", 8, 5, 3, 2),
                        new CommuneIndicators("03254", "Xã <Trống>", 0, 0, 0, 0),
                        new CommuneIndicators("03255", "Xã Quài Tở", 3, 3, 2, 0)),
                null);

        String json = Project06Chart.json(report, TEXTS);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();

        assertThat(json).doesNotContain("<").doesNotContain("function");
        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Xã Tuần Giáo", "Xã Quài Tở");
        JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(numbers(datasets.getJsonObject(0))).containsExactly(new BigDecimal("62.5"), new BigDecimal("100.0"));
        assertThat(numbers(datasets.getJsonObject(1))).containsExactly(new BigDecimal("37.5"), new BigDecimal("66.7"));
        assertThat(numbers(datasets.getJsonObject(2))).containsExactly(new BigDecimal("25.0"), new BigDecimal("0.0"));
        assertThat(datasets.getJsonObject(3).getString("type")).isEqualTo("line");
        assertThat(numbers(datasets.getJsonObject(3))).containsExactly(new BigDecimal("95"), new BigDecimal("95"));
        assertThat(numbers(datasets.getJsonObject(4))).containsExactly(new BigDecimal("50"), new BigDecimal("50"));
        assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("x");
        assertThat(chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getInt("max"))
                .isEqualTo(100);
    }

    @Test
    void manyCommunesLieHorizontally() {
        List<CommuneIndicators> communes = new ArrayList<>();
        for (int i = 0; i < Project06Chart.HORIZONTAL_FROM; i++) {
            communes.add(new CommuneIndicators("0" + (3300 + i), "Xã " + i, 10, 9, 5, 4));
        }
        Project06Report report =
                new Project06Report(YearMonth.of(2026, 2), new Project06Targets(95, 50), communes, null);

        JsonObject options = Json.createReader(new StringReader(Project06Chart.json(report, TEXTS)))
                .readObject()
                .getJsonObject("options");

        assertThat(options.getString("indexAxis")).isEqualTo("y");
        assertThat(options.getJsonObject("scales").getJsonObject("x").getInt("max"))
                .isEqualTo(100);
    }

    private static List<BigDecimal> numbers(JsonObject dataset) {
        return dataset.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::bigDecimalValue)
                .toList();
    }
}
