package vn.ansinh.casework.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.casework.domain.ListDecisionEntry.Amount;
import vn.ansinh.casework.domain.ListRule;
import vn.ansinh.registry.domain.Ethnicity;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.PersonDetails;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/** The list printed with a list decision: a move names both categories, an adjustment the new coefficient. */
class ListDecisionWriterTest {

    private static final Person ELDER = Person.register(
            new PersonDetails(
                    "Giàng Văn Bảy",
                    PartialDate.of(1949, 3, 1),
                    Sex.MALE,
                    Ethnicity.THAI,
                    null,
                    null,
                    null,
                    null,
                    null),
            new Residence(1L, AdminUnitCode.of("03325"), AdminUnitCode.of("11"), "Xã"),
            "officer",
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void anAdjustmentListPrintsTheCategoryKeptTheOldAmountTheNewCoefficientAndTheNewAmount() throws Exception {
        ListDecision list = ListDecision.prepare(
                ListRule.ELDERLY_POOR_ALONE_BANDS_335,
                AdminUnitCode.of("03325"),
                AdminUnitCode.of("11"),
                YearMonth.of(2026, 11),
                "officer",
                Instant.parse("2026-11-13T03:00:00Z"));
        ListDecisionEntry entry = new ListDecisionEntry(
                1L,
                2L,
                3L,
                Category.ELDERLY_POOR_ALONE,
                Category.ELDERLY_POOR_ALONE,
                new Amount(540_000L, new BigDecimal("1.500"), 810_000L),
                new Amount(540_000L, new BigDecimal("2.000"), 1_080_000L),
                ListRule.ELDERLY_POOR_ALONE_BANDS_335.legalBasis());

        DecisionLayout.ListTable table = ListDecisionWriter.table(list, List.of(entry), id -> ELDER);

        assertThat(table.header()).contains("Diện hưởng", "Hệ số mới").doesNotContain("Diện mới");
        assertThat(table.rows().get(0))
                .containsExactly(
                        "1",
                        "Giàng Văn Bảy, 01/03/1949",
                        "11/2026",
                        "Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng",
                        "810.000",
                        "2",
                        "1.080.000");
        byte[] pdf =
                new DecisionPdf().render(DecisionPdfTest.allowanceDecision(DecisionPdfTest.allowanceArticles()), table);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Hệ số mới")
                    .contains("1.080.000")
                    .contains("Giàng Văn Bảy");
        }
    }

    @Test
    void aMoveListPrintsTheOldAndTheNewCategory() {
        ListDecision list = ListDecision.prepare(
                ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION,
                AdminUnitCode.of("03295"),
                AdminUnitCode.of("11"),
                YearMonth.of(2026, 1),
                "officer",
                Instant.parse("2026-01-05T03:00:00Z"));
        ListDecisionEntry entry = new ListDecisionEntry(
                1L,
                2L,
                3L,
                Category.ELDERLY_80_NO_PENSION,
                Category.SOCIAL_PENSION_75_NO_PENSION,
                new Amount(500_000L, BigDecimal.ONE, 500_000L),
                new Amount(500_000L, BigDecimal.ONE, 500_000L),
                ListRule.ELDERLY_80_NO_PENSION_TO_SOCIAL_PENSION.legalBasis());

        DecisionLayout.ListTable table = ListDecisionWriter.table(list, List.of(entry), id -> ELDER);

        assertThat(table.header()).contains("Diện cũ", "Diện mới");
        assertThat(table.rows().get(0).get(5))
                .isEqualTo("Người từ đủ 75 tuổi trở lên không hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng");
    }
}
