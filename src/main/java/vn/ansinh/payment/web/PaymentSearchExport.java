package vn.ansinh.payment.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.ansinh.payment.application.PaymentCriteria;
import vn.ansinh.payment.application.PaymentSearch;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.export.TableWorkbook;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.VietnameseFormat;
import vn.ansinh.shared.web.Messages;

/**
 * The payment search as an Excel workbook: every matching line (not only the page shown), in the page's order,
 * under a caption that says which filter and which jurisdiction it was taken with. In the user's language.
 */
public final class PaymentSearchExport {

    private static final List<String> HEADERS = List.of(
            "paymentSearch.person",
            "paymentSearch.personalId",
            "paymentSearch.commune",
            "paymentSearch.month",
            "paymentSearch.component",
            "paymentSearch.kind",
            "paymentSearch.amount",
            "paymentSearch.channel",
            "paymentSearch.bank",
            "paymentSearch.account",
            "paymentSearch.status",
            "paymentSearch.decision",
            "paymentSearch.run",
            "paymentSearch.line");

    private final PaymentSearch search;
    private final Function<AdminUnitCode, String> unitNames;
    private final Locale locale;

    public PaymentSearchExport(PaymentSearch search, Function<AdminUnitCode, String> unitNames, Locale locale) {
        this.search = search;
        this.unitNames = unitNames;
        this.locale = locale;
    }

    /** Writes the workbook of the search; returns how many lines it holds. */
    public int write(PaymentCriteria criteria, UnitScope scope, OutputStream out) {
        try (TableWorkbook book = new TableWorkbook(
                text("paymentSearch.export.title"),
                HEADERS.stream().map(this::text).toList())) {
            book.caption(caption(criteria, scope));
            search.forEach(
                    criteria,
                    scope,
                    row -> book.row(
                            TableWorkbook.text(row.personName()),
                            TableWorkbook.text(row.personalId()),
                            TableWorkbook.text(unitNames.apply(AdminUnitCode.of(row.communeCode()))),
                            TableWorkbook.month(row.forMonth()),
                            TableWorkbook.text(
                                    row.annex() ? row.annexDescription() : text("paymentSearch.component.allowance")),
                            TableWorkbook.text(text(row.kind().labelKey())),
                            TableWorkbook.money(row.amount()),
                            TableWorkbook.text(text(row.channel().labelKey())),
                            TableWorkbook.text(row.bankCode()),
                            TableWorkbook.text(row.accountNo()),
                            TableWorkbook.text(text(row.status().labelKey())),
                            TableWorkbook.text(row.decisionNumber()),
                            TableWorkbook.text(row.runUnit() + " · " + VietnameseFormat.month(row.runMonth()) + " (#"
                                    + row.runId() + ")"),
                            TableWorkbook.number(row.lineId())));
            book.writeTo(out);
            return book.rowCount();
        }
    }

    /** The filter in words: "Họ tên: hung lo van · Tháng 07/2026 – 11/2026 · Phạm vi: Tỉnh Điện Biên". */
    public String caption(PaymentCriteria c, UnitScope scope) {
        List<String> parts = new ArrayList<>();
        add(parts, "paymentSearch.personalId", c.personalId());
        add(parts, "paymentSearch.name", c.name());
        add(parts, "paymentSearch.decisionNumber", c.decisionNumber());
        add(parts, "paymentSearch.caption.decisionId", c.decisionId());
        add(parts, "paymentSearch.caption.levelId", c.levelId());
        add(parts, "paymentSearch.caption.coefficientId", c.coefficientId());
        add(parts, "paymentSearch.caption.annexId", c.annexId());
        add(parts, "paymentSearch.account", c.account());
        add(parts, "paymentSearch.caption.personId", c.personId());
        if (c.from() != null || c.to() != null) {
            parts.add(text(
                    "paymentSearch.caption.months",
                    c.from() == null ? "…" : VietnameseFormat.month(c.from()),
                    c.to() == null ? "…" : VietnameseFormat.month(c.to())));
        }
        if (c.minAmount() != null || c.maxAmount() != null) {
            parts.add(text(
                    "paymentSearch.caption.amounts",
                    c.minAmount() == null ? "…" : VietnameseFormat.money(c.minAmount()),
                    c.maxAmount() == null ? "…" : VietnameseFormat.money(c.maxAmount())));
        }
        parts.add(text(
                "paymentSearch.caption.scope",
                scope.jurisdiction()
                        .map(code -> code.isNational() ? text("paymentSearch.caption.national") : unitNames.apply(code))
                        .orElse("—")));
        return String.join(" · ", parts);
    }

    private void add(List<String> parts, String labelKey, Object value) {
        if (value != null) {
            parts.add(text(labelKey) + ": " + value);
        }
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
