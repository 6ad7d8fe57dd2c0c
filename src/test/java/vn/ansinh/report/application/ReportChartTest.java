package vn.ansinh.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.report.domain.ReportPeriod;

/**
 * The reports' charts: the amounts paid as a bar per month, cash and transfer stacked, its axis written as the tables
 * write amounts; the poor and near-poor households per unit, last year beside this year. An absent figure is a gap.
 */
class ReportChartTest {

    @Test
    void thePaidChartStacksCashAndTransferPerMonthWithWholeNumbersWrittenTheVietnameseWay() {
        PaidReport report = new PaidReport(
                "Tỉnh Điện Biên",
                ReportPeriod.quarter(2026, 3),
                List.of(),
                null,
                List.of(
                        MonthPaid.absent(YearMonth.of(2026, 7)),
                        new MonthPaid(YearMonth.of(2026, 8), 21_193_000L, 750_000L),
                        new MonthPaid(YearMonth.of(2026, 9), 0L, 0L)),
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
                .as("July, before the first payroll, is a gap, not a 0")
                .isEqualTo("[null,21193000,0]");
        assertThat(chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(1)
                        .getJsonArray("data")
                        .toString())
                .isEqualTo("[null,750000,0]");
        assertThat(chart.getJsonObject("options").getString("locale")).isEqualTo("vi-VN");
        assertThat(chart.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("y")
                        .getJsonObject("ticks")
                        .getInt("precision"))
                .isZero();
    }

    @Test
    void thePovertyChartPutsLastYearBesideThisYearPerUnitWithAGapWhereAUnitHeldNoReview() {
        PovertyRow reviewed = new PovertyRow(
                vn.ansinh.shared.kernel.AdminUnitCode.of("03253"),
                "Xã Tuần Giáo",
                900,
                120L,
                60L,
                140L,
                55L,
                30L,
                10L,
                15L,
                20L);
        PovertyRow notReviewed = new PovertyRow(
                vn.ansinh.shared.kernel.AdminUnitCode.of("03254"),
                "Xã Quài Tở",
                400,
                null,
                null,
                80L,
                30L,
                null,
                null,
                null,
                null);
        PovertyReport report = new PovertyReport(
                "Tỉnh Điện Biên",
                ReportPeriod.year(2026),
                List.of(reviewed, notReviewed),
                PovertyRow.total("Tổng cộng", List.of(reviewed, notReviewed)));

        JsonObject chart = Json.createReader(new StringReader(ReportChart.poverty(report, key -> "[" + key + "]")))
                .readObject();

        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getValuesAs(JsonObject.class))
                .extracting(
                        d -> d.getString("label"), d -> d.getJsonArray("data").toString())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("[report.poverty.poorLastYear]", "[140,80]"),
                        org.assertj.core.api.Assertions.tuple("[report.poverty.poor]", "[120,null]"),
                        org.assertj.core.api.Assertions.tuple("[report.poverty.nearPoorLastYear]", "[55,30]"),
                        org.assertj.core.api.Assertions.tuple("[report.poverty.nearPoor]", "[60,null]"));
        assertThat(report.total())
                .as("the total adds up the units reviewed in the year only")
                .extracting(PovertyRow::households, PovertyRow::poor, PovertyRow::poorLastYear, PovertyRow::newPoor)
                .containsExactly(900L, 120L, 140L, 10L);
        assertThat(report.total().poorRate()).isEqualByComparingTo("13.3");
    }
}
