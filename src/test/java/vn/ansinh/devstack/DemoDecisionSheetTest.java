package vn.ansinh.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.registry.domain.AdminUnitLevel;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.Programme;

class DemoDecisionSheetTest {

    @Test
    void aBulkGrantSignedByTheDistrictIn2024ReadsBackWithTheNameTheCategoryAndTheAmount() {
        ApprovalAuthority district = new ApprovalAuthority(
                Programme.SOCIAL_ASSISTANCE,
                LocalDate.of(2021, 7, 1),
                AdminUnitLevel.DISTRICT,
                "Ủy ban nhân dân",
                "QĐ-UBND",
                "Chủ tịch",
                22,
                2,
                "Nghị định số 20/2021/NĐ-CP");
        DemoScalePlan.Beneficiary b = new DemoScalePlan.Beneficiary(
                new DemoScalePlan.Candidate(42, 1980, true, null, 3), Category.DISABLED, YearMonth.of(2024, 9));

        String json = DemoDecisionSheet.json(
                district,
                new DemoScale.Signer("099", "approver.huyentuangiao", "Lò Văn Mừng"),
                "17/QĐ-UBND",
                LocalDate.of(2024, 9, 6),
                "Về việc trợ cấp xã hội hằng tháng",
                b,
                new DemoScale.Amounts(new BigDecimal("1.5"), 500_000L, 750_000L),
                DemoScalePlan.TUAN_GIAO.commune(),
                "Lò Thị Xuân");
        DecisionSheet sheet = DecisionSheetJson.read(json);

        assertThat(sheet.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO");
        assertThat(sheet.number()).isEqualTo("17/QĐ-UBND");
        String article1 = String.join(" ", sheet.articles().get(0).paragraphs());
        assertThat(article1)
                .contains("Bà Lò Thị Xuân, sinh năm 1980")
                .contains("Người khuyết tật nặng")
                .doesNotContain("DISABLED")
                .contains("750.000 đồng/tháng")
                .contains("từ tháng 9 năm 2024");
    }
}
