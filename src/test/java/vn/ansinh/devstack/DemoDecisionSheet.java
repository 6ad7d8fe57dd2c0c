package vn.ansinh.devstack;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.ansinh.casework.application.DecisionSheetJson;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.devstack.DemoScale.Amounts;
import vn.ansinh.devstack.DemoScale.Signer;
import vn.ansinh.devstack.DemoScalePlan.Beneficiary;

/**
 * The printed text of a bulk demo grant (the layout of Decree 30/2020), shorter than the one {@code
 * DecisionWriter} writes for a decision signed through the app: the issuing body, the number, the legal basis
 * of the authority rule in force, the category and (social assistance) the monthly amount.
 */
final class DemoDecisionSheet {

    /** The categories' Vietnamese names, as the pages show them. */
    private static final ResourceBundle LABELS = ResourceBundle.getBundle(
            "i18n.messages",
            new Locale("vi"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DemoDecisionSheet() {}

    static String json(
            ApprovalAuthority rule,
            Signer signer,
            String number,
            LocalDate signed,
            String subject,
            Beneficiary b,
            Amounts amounts,
            String commune,
            String name) {
        boolean tuanGiao = commune.equals(DemoScalePlan.TUAN_GIAO.commune());
        String place = tuanGiao ? "Tuần Giáo" : "Quỳ Hợp";
        String province = tuanGiao ? "ĐIỆN BIÊN" : "NGHỆ AN";
        String body;
        String parent;
        switch (rule.level()) {
            case COMMUNE -> {
                body = "ỦY BAN NHÂN DÂN XÃ " + place.toUpperCase(Locale.ROOT);
                parent = "ỦY BAN NHÂN DÂN TỈNH " + province;
            }
            case DISTRICT -> {
                body = "ỦY BAN NHÂN DÂN HUYỆN " + place.toUpperCase(Locale.ROOT);
                parent = "ỦY BAN NHÂN DÂN TỈNH " + province;
            }
            default -> {
                body = rule.issuingBody().toUpperCase(new Locale("vi"));
                parent = "ỦY BAN NHÂN DÂN TỈNH " + province;
            }
        }
        List<String> terms = new ArrayList<>();
        terms.add((b.person().female() ? "Bà " : "Ông ") + name + ", sinh năm "
                + b.person().birthYear() + ", " + LABELS.getString(b.category().labelKey()) + ".");
        if (amounts.monthly() != null) {
            NumberFormat vnd = NumberFormat.getIntegerInstance(new Locale("vi", "VN"));
            terms.add("Hệ số " + amounts.coefficient().toPlainString() + " × mức chuẩn "
                    + vnd.format(amounts.standardLevel()) + " đồng = " + vnd.format(amounts.monthly())
                    + " đồng/tháng.");
        } else {
            terms.add("Mức hưởng theo các phụ lục của Nghị định số 75/2021/NĐ-CP.");
        }
        terms.add("Thời điểm hưởng: từ tháng " + b.decided().getMonthValue() + " năm "
                + b.decided().getYear() + ".");
        DecisionSheet sheet = new DecisionSheet(
                parent,
                body,
                number,
                place,
                signed,
                subject,
                rule.signerTitle().toUpperCase(new Locale("vi")) + " " + body,
                List.of("Căn cứ " + rule.legalBasis() + ";"),
                List.of(
                        new DecisionSheet.Article("Điều 1.", terms),
                        new DecisionSheet.Article("Điều 2.", List.of("Quyết định này có hiệu lực kể từ ngày ký.")),
                        new DecisionSheet.Article(
                                "Điều 3.",
                                List.of("Công chức phụ trách công tác văn hóa - xã hội và người có tên tại Điều 1"
                                        + " chịu trách nhiệm thi hành Quyết định này."))),
                List.of("- Như Điều 3;", "- Lưu: VT."),
                null,
                rule.signerTitle().toUpperCase(new Locale("vi")),
                signer.name());
        return DecisionSheetJson.write(sheet);
    }
}
