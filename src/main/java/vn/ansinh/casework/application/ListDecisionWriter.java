package vn.ansinh.casework.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.casework.domain.ApprovalAuthority;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.casework.domain.ListDecision;
import vn.ansinh.casework.domain.ListDecisionEntry;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The text of a list decision (quyết định kèm danh sách), in the layout of the other decisions
 * ({@link DecisionWriter}), and its list as a table: who, the category before and after (or the category
 * kept and the new coefficient, for a level or a band), the amount before and after, from which month.
 */
final class ListDecisionWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");
    static final float[] WIDTHS = {4f, 20f, 9f, 18f, 11f, 18f, 11f};

    private ListDecisionWriter() {}

    static DecisionSheet sheet(
            ListDecision list,
            ApprovalAuthority rule,
            AdminUnit commune,
            String number,
            LocalDate signedOn,
            String signerName,
            int people) {
        String unitName = commune.fullName();
        String issuingBody = (rule.issuingBody() + " " + unitName).toUpperCase(VI);
        String authority = (rule.signerTitle() + " " + rule.issuingBody() + " " + unitName).toUpperCase(VI);
        List<String> bases = new ArrayList<>();
        bases.add(DecisionWriter.text("basis.localGovernment"));
        for (String basis : list.rule().legalBasis().split(";")) {
            bases.add(DecisionWriter.text("basis.rule", basis.strip()));
        }
        bases.add(DecisionWriter.text(
                "basis.proposal", "công chức phụ trách công tác văn hóa - xã hội", VietnameseFormat.date(signedOn)));
        YearMonth month = list.fromMonth();
        String mm = "%02d".formatted(month.getMonthValue());
        List<String> article1;
        String subject;
        if (list.rule().keepsCase()) {
            // a level or a band: each listed case adjusted from the month, its amounts in the list
            article1 = List.of(DecisionWriter.text(
                    "list.article1.adjust",
                    people,
                    mm,
                    month.getYear(),
                    list.rule().legalBasis()));
            subject = DecisionWriter.text("list.subject.adjust");
        } else {
            Category moved = list.rule().categories().iterator().next();
            String from = DecisionWriter.label("category." + moved);
            String to = DecisionWriter.label("category." + list.rule().categoryAfter(moved));
            article1 = List.of(
                    DecisionWriter.text("list.article1", people, from, to, mm, month.getYear()),
                    DecisionWriter.text("list.article1.stop", mm, month.getYear()));
            subject = DecisionWriter.text("list.subject", to.toLowerCase(VI));
        }
        List<DecisionSheet.Article> articles = List.of(
                new DecisionSheet.Article("Điều 1.", article1),
                new DecisionSheet.Article("Điều 2.", List.of(DecisionWriter.text("article2"))),
                new DecisionSheet.Article(
                        "Điều 3.", List.of(DecisionWriter.text("list.article3", "Ủy ban nhân dân " + unitName))));
        List<String> recipients = List.of(
                DecisionWriter.text("recipient.asArticle3"),
                DecisionWriter.text("recipient.superior", "Sở Y tế"),
                DecisionWriter.text("recipient.archive"));
        return new DecisionSheet(
                null,
                issuingBody,
                number,
                commune.name(),
                signedOn,
                subject,
                authority,
                bases,
                articles,
                recipients,
                DecisionWriter.text("capacity.committee"),
                rule.signerTitle().toUpperCase(VI),
                signerName);
    }

    /**
     * The list as printed, one row per entry: for a move the category and amount before and after; for an
     * adjustment the category, the amount before, the coefficient and the amount after.
     */
    static DecisionLayout.ListTable table(
            ListDecision list, List<ListDecisionEntry> entries, java.util.function.Function<Long, Person> people) {
        boolean adjust = list.rule().keepsCase();
        List<String> header = adjust
                ? List.of(
                        "TT",
                        "Họ và tên, ngày sinh",
                        "Từ tháng",
                        DecisionWriter.text("list.column.category"),
                        "Mức cũ (đồng)",
                        DecisionWriter.text("list.column.newCoefficient"),
                        "Mức mới (đồng)")
                : List.of(
                        "TT",
                        "Họ và tên, ngày sinh",
                        "Từ tháng",
                        "Diện cũ",
                        "Mức cũ (đồng)",
                        "Diện mới",
                        "Mức mới (đồng)");
        List<List<String>> rows = new ArrayList<>();
        YearMonth month = list.fromMonth();
        int n = 1;
        for (ListDecisionEntry entry : entries) {
            Person person = people.apply(entry.personId());
            rows.add(List.of(
                    Integer.toString(n++),
                    person.fullName() + ", " + person.birthDate().format(),
                    VietnameseFormat.month(month),
                    DecisionWriter.label("category." + entry.oldCategory()),
                    entry.before().amount() == null
                            ? ""
                            : VietnameseFormat.money(entry.before().amount()),
                    adjust
                            ? entry.after().coefficient().stripTrailingZeros().toPlainString()
                            : DecisionWriter.label("category." + entry.newCategory()),
                    VietnameseFormat.money(entry.after().amount())));
        }
        return new DecisionLayout.ListTable(WIDTHS, header, rows);
    }
}
