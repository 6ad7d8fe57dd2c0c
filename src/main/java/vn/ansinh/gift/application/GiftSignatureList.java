package vn.ansinh.gift.application;

import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.application.PaymentTexts;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.shared.export.TableWorkbook;
import vn.ansinh.shared.text.VietnameseFormat;

/**
 * The signature list of a commune's part (danh sách ký nhận): one row per payable entry with an empty signature
 * cell, the total, and the signatures of the maker, the payer and the chairman, as an Excel workbook
 * ({@link TableWorkbook}). A part not yet approved is marked as a draft.
 */
public final class GiftSignatureList {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> HEADERS = List.of(
            "STT", "Họ và tên", "Số định danh / CMND", "Diện đối tượng", "Số tiền (đồng)", "Hình thức nhận", "Ký nhận");

    private GiftSignatureList() {}

    public static byte[] write(GiftList list, String communeName, boolean approved, List<GiftEntry> entries) {
        try (TableWorkbook book = new TableWorkbook("Danh sách ký nhận " + list.name(), HEADERS)) {
            book.caption(caption(list, communeName, approved));
            long n = 0;
            long total = 0;
            for (GiftEntry e : entries) {
                if (!e.payable()) {
                    continue;
                }
                total += e.amount();
                book.row(
                        TableWorkbook.number(++n),
                        TableWorkbook.text(e.fullName()),
                        TableWorkbook.text(e.identityNumber()),
                        TableWorkbook.text(PaymentTexts.category(e.category())),
                        TableWorkbook.money(e.amount()),
                        TableWorkbook.text(channel(e)),
                        TableWorkbook.text(""));
            }
            book.row(
                    null,
                    TableWorkbook.text("Tổng cộng: " + n + " người"),
                    null,
                    null,
                    TableWorkbook.money(total),
                    null,
                    null);
            book.row(
                    null,
                    TableWorkbook.text("Người lập biểu"),
                    null,
                    TableWorkbook.text("Người chi trả"),
                    null,
                    TableWorkbook.text("TM. ỦY BAN NHÂN DÂN – CHỦ TỊCH"),
                    null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.writeTo(out);
            return out.toByteArray();
        }
    }

    /** How the person receives the money, as both layouts (Excel and PDF) write it. */
    static String channel(GiftEntry e) {
        return e.channel() == PaymentChannel.BANK_TRANSFER ? "Chuyển khoản " + e.bankCode() : "Tiền mặt";
    }

    /** The caption under the title, in both layouts. */
    static String caption(GiftList list, String communeName, boolean approved) {
        return communeName + " · Ngày chốt danh sách " + VietnameseFormat.date(list.cutOff()) + " · Nguồn kinh phí: "
                + list.budgetSource() + (approved ? "" : " · BẢN NHÁP (chưa phê duyệt)");
    }
}
