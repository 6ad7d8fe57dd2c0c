package vn.ansinh.gift.application;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.payment.channel.application.BankFile;
import vn.ansinh.payment.channel.application.BankFileCsv;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.registry.domain.VietnameseNames;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.text.FormulaText;

/**
 * The bank transfer files of an approved commune part, one per bank as the payroll writes them: every payable entry
 * paid by account to that bank, not yet recorded paid and not failed at the bank ({@link GiftEntry#awaitsTransfer}),
 * in the payroll's bank file format ({@link BankFileCsv}) and named as its files are ({@link BankFile#baseName}),
 * the entry's id as the reference (ma_dong) and the list's name without diacritics as the description. Refused for a
 * part not yet approved, for a bank with no transfer left, and, as the payroll's export is, when a payee's name
 * could run as a spreadsheet formula.
 */
public final class GiftBankFile {

    private GiftBankFile() {}

    /** The banks with transfers left in the part, in code order (one file each); none before approval. */
    public static List<String> banks(GiftCommuneStatus status, List<GiftEntry> entries) {
        if (!status.approved()) {
            return List.of();
        }
        return entries.stream()
                .filter(GiftEntry::awaitsTransfer)
                .map(GiftEntry::bankCode)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    /** The banks the part's transfers went to (every payable entry paid by account), whose result files it may take. */
    public static List<String> resultBanks(GiftCommuneStatus status, List<GiftEntry> entries) {
        if (!status.approved()) {
            return List.of();
        }
        return entries.stream()
                .filter(e -> e.payable() && e.channel() == PaymentChannel.BANK_TRANSFER && e.bankCode() != null)
                .map(GiftEntry::bankCode)
                .distinct()
                .sorted()
                .toList();
    }

    /** The transfers of the part to one bank, in the order of the entries. */
    public static List<BankFileCsv.Transfer> transfers(
            GiftList list, GiftCommuneStatus status, List<GiftEntry> entries, String bankCode) {
        if (!status.approved()) {
            throw new GiftException("gift.error.bankFileDraft");
        }
        String note = "HO TRO " + VietnameseNames.fold(list.name()).toUpperCase(Locale.ROOT);
        List<BankFileCsv.Transfer> transfers = entries.stream()
                .filter(e -> e.awaitsTransfer() && bankCode.equals(e.bankCode()))
                .map(e -> new BankFileCsv.Transfer(
                        e.id() == null ? 0 : e.id(), e.accountNo(), e.fullName(), e.identityNumber(), e.amount(), note))
                .toList();
        if (transfers.isEmpty()) {
            throw new GiftException("gift.error.bankFileEmpty", bankCode);
        }
        for (int i = 0; i < transfers.size(); i++) {
            if (FormulaText.startsFormula(transfers.get(i).fullName())) {
                throw new GiftException(
                        "gift.error.bankFileFormula", i + 1, transfers.get(i).fullName());
            }
        }
        return transfers;
    }

    public static byte[] write(GiftList list, GiftCommuneStatus status, List<GiftEntry> entries, String bankCode) {
        return BankFileCsv.write(transfers(list, status, entries, bankCode));
    }

    /** The file's name without extension, e.g. {@code chuyen-khoan-vbsp-03253-ds7} for list 7. */
    public static String baseName(GiftList list, AdminUnitCode commune, String bankCode) {
        return BankFile.baseName(bankCode, commune, "ds" + list.id());
    }
}
