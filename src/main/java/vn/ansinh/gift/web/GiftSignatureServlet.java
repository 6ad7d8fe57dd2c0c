package vn.ansinh.gift.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ansinh.gift.application.GiftBankFile;
import vn.ansinh.gift.application.GiftService;
import vn.ansinh.gift.application.GiftSignatureList;
import vn.ansinh.gift.application.GiftSignaturePdf;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.application.BankFileCsv;
import vn.ansinh.shared.access.domain.AccessKind;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.web.Download;
import vn.ansinh.shared.web.DownloadServlet;

/**
 * The signature list of a commune's part of a one-off list ({@code /gift-lists/7/03253.xlsx}, or {@code .pdf}), and the bank transfer
 * files of its approved part, one per bank ({@code /gift-lists/7/03253-chuyen-khoan-vbsp.csv}), to a user reaching the
 * commune. The bank file of a part not yet approved, or of a bank with no transfer left, is refused with 409 and the
 * reason.
 */
@WebServlet("/gift-lists/*")
public class GiftSignatureServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH =
            Pattern.compile("/(\\d{1,18})/(\\d{2,5})(\\.xlsx|\\.pdf|-chuyen-khoan-([a-z0-9]{2,20})\\.csv)");

    @Inject
    private GiftService gifts;

    @Override
    protected Optional<Download> download(HttpServletRequest request) {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        GiftList list = gifts.list(Long.valueOf(m.group(1)));
        AdminUnitCode commune = AdminUnitCode.of(m.group(2));
        if (m.group(3).equals(".pdf")) {
            byte[] pdf = gifts.signatureListPdf(list, commune);
            return Optional.of(Download.of(
                            "danh-sach-ky-nhan-" + list.id() + "-" + commune.value() + ".pdf",
                            GiftSignaturePdf.CONTENT_TYPE,
                            pdf)
                    .disclosing(AccessKind.CASH_LIST, commune, null, "gift list " + list.id() + " " + commune.value()));
        }
        if (m.group(4) != null) {
            String bank = m.group(4).toUpperCase(Locale.ROOT);
            byte[] csv = gifts.bankFile(list, commune, bank);
            return Optional.of(
                    Download.of(GiftBankFile.baseName(list, commune, bank) + ".csv", BankFileCsv.CONTENT_TYPE, csv)
                            .disclosing(
                                    AccessKind.BANK_FILE,
                                    commune,
                                    null,
                                    "gift list " + list.id() + " " + commune.value() + " " + bank));
        }
        byte[] workbook = gifts.signatureList(list, commune);
        return Optional.of(Download.of(
                        "danh-sach-ky-nhan-" + list.id() + "-" + commune.value() + ".xlsx",
                        GiftSignatureList.CONTENT_TYPE,
                        workbook)
                .disclosing(AccessKind.CASH_LIST, commune, null, "gift list " + list.id() + " " + commune.value()));
    }

    @Override
    protected AccessKind accessKind() {
        return AccessKind.CASH_LIST;
    }
}
