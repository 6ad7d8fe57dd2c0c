package vn.ansinh.gift.application;

import java.util.List;
import java.util.Locale;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.application.BankFileCsv;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.text.FormulaText;

/**
 * The bank transfer file of an approved commune part: every payable entry paid by account and not yet recorded paid,
 * in the payroll's bank file format ({@link BankFileCsv}), the entry's id as the reference (ma_dong) and the list's
 * name without diacritics as the description. Refused for a part not yet approved, for a part with no transfer left,
 * and, as the payroll's export is, when a payee's name could run as a spreadsheet formula.
 */
public final class GiftBankFile {

    private GiftBankFile() {}

    /** The transfers of the part, in the order of the entries. */
    public static List<BankFileCsv.Transfer> transfers(
            GiftList list, GiftCommuneStatus status, List<GiftEntry> entries) {
        if (!status.approved()) {
            throw new GiftException("gift.error.bankFileDraft");
        }
        String note = "HO TRO " + VietnameseNames.fold(list.name()).toUpperCase(Locale.ROOT);
        List<BankFileCsv.Transfer> transfers = entries.stream()
                .filter(e -> e.payable() && e.channel() == PaymentChannel.BANK_TRANSFER && e.paidOn() == null)
                .map(e -> new BankFileCsv.Transfer(
                        e.id() == null ? 0 : e.id(), e.accountNo(), e.fullName(), e.identityNumber(), e.amount(), note))
                .toList();
        if (transfers.isEmpty()) {
            throw new GiftException("gift.error.bankFileEmpty");
        }
        for (int i = 0; i < transfers.size(); i++) {
            if (FormulaText.startsFormula(transfers.get(i).fullName())) {
                throw new GiftException(
                        "gift.error.bankFileFormula", i + 1, transfers.get(i).fullName());
            }
        }
        return transfers;
    }

    public static byte[] write(GiftList list, GiftCommuneStatus status, List<GiftEntry> entries) {
        return BankFileCsv.write(transfers(list, status, entries));
    }
}
