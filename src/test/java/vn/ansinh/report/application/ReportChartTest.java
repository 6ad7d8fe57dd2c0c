package vn.ansinh.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.report.domain.ReportPeriod;

/** The amounts-paid chart: a bar per month, cash and transfer stacked, its axis written as the tables write amounts. */
class ReportChartTest {

    @Test
    void thePaidChartStacksCashAndTransferPerMonthWithWholeNumbersWrittenTheVietnameseWay() {
        PaidReport report = new PaidReport(
                "Tỉnh Điện Biên",
                ReportPeriod.quarter(2026, 3),
                List.of(),
                null,
                List.of(
                        new MonthPaid(YearMonth.of(2026, 7), 21_193_000, 750_000),
                        new MonthPaid(YearMonth.of(2026, 8), 21_193_000, 750_000),
                        new MonthPaid(YearMonth.of(2026, 9), 0, 0)),
                true,
                false);

        JsonObject chart = Json.createReader(new StringReader(
                        ReportChart.paid(report, key -> "[" + key + "]", m -> m.getMonthValue() + "/" + m.getYear())))
                .readObject();

        assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("7/2026", "8/2026", "9/2026");
        assertThat(chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .toString())
                .isEqualTo("[21193000,21193000,0]");
        assertThat(chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(1)
                        .getJsonArray("data")
                        .toString())
                .isEqualTo("[750000,750000,0]");
        assertThat(chart.getJsonObject("options").getString("locale")).isEqualTo("vi-VN");
        assertThat(chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getJsonObject("ticks")
                        .getInt("precision"))
                .isZero();
    }
}
