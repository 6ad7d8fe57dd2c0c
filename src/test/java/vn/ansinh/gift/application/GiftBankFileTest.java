package vn.ansinh.gift.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.gift.domain.IdentityKind;
import vn.ansinh.payment.channel.application.BankColumn;
import vn.ansinh.payment.channel.application.Csv;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/** The bank file of an approved part: the account entries still to pay, in the payroll's format; none for a draft. */
class GiftBankFileTest {

    private final GiftList list = GiftList.define(
            "Quà Tết 2026",
            AdminUnitCode.of("11"),
            LocalDate.of(2026, 1, 20),
            "Ngân sách trung ương (NQ 418/NQ-CP)",
            Map.of(Category.DISABLED, 400_000L),
            "admin.dienbien",
            Instant.parse("2026-01-21T02:00:00Z"));

    @Test
    void theFileHoldsExactlyTheAccountEntriesStillToPayInThePayrollsFormat() {
        List<GiftEntry> entries = List.of(
                entry(1, "Lò Văn Một", EntryResolution.CLEAR, PaymentChannel.CASH, 400_000L, false),
                entry(2, "Quàng Thị Hai", EntryResolution.CLEAR, PaymentChannel.BANK_TRANSFER, 500_000L, false),
                entry(3, "Cà Văn Ba", EntryResolution.KEPT, PaymentChannel.BANK_TRANSFER, 400_000L, false),
                entry(4, "Lường Văn Bốn", EntryResolution.DROPPED, PaymentChannel.BANK_TRANSFER, 400_000L, false),
                entry(5, "Tòng Thị Năm", EntryResolution.CLEAR, PaymentChannel.BANK_TRANSFER, 400_000L, true));

        String csv = new String(GiftBankFile.write(list, GiftCommuneStatus.APPROVED, entries), StandardCharsets.UTF_8);

        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo(Csv.BOM
                        + String.join(
                                ";",
                                BankColumn.EXPORTED.stream()
                                        .map(BankColumn::header)
                                        .toList()));
        assertThat(lines.subList(1, lines.size()))
                .containsExactly(
                        "1;2;1002;Quàng Thị Hai;011950000002;500000;HO TRO QUA TET 2026",
                        "2;3;1003;Cà Văn Ba;011950000003;400000;HO TRO QUA TET 2026");
        assertThat(GiftBankFile.transfers(list, GiftCommuneStatus.APPROVED, entries).stream()
                        .mapToLong(t -> t.amount())
                        .sum())
                .isEqualTo(900_000L);
    }

    @Test
    void aPartNotYetApprovedHasNoBankFile() {
        List<GiftEntry> entries =
                List.of(entry(2, "Quàng Thị Hai", EntryResolution.CLEAR, PaymentChannel.BANK_TRANSFER, 1, false));

        for (GiftCommuneStatus draft : List.of(GiftCommuneStatus.DRAWN, GiftCommuneStatus.REVIEWED)) {
            assertThatThrownBy(() -> GiftBankFile.write(list, draft, entries)).hasMessage("gift.error.bankFileDraft");
        }
        assertThat(GiftBankFile.write(list, GiftCommuneStatus.PAID, entries)).isNotEmpty();
    }

    @Test
    void aPartWithNoTransferLeftOrANameThatRunsAsAFormulaIsRefused() {
        assertThatThrownBy(() -> GiftBankFile.write(
                        list,
                        GiftCommuneStatus.APPROVED,
                        List.of(entry(1, "Lò Văn Một", EntryResolution.CLEAR, PaymentChannel.CASH, 1, false))))
                .hasMessage("gift.error.bankFileEmpty");
        assertThatThrownBy(() -> GiftBankFile.write(
                        list,
                        GiftCommuneStatus.APPROVED,
                        List.of(entry(
                                1, "=HYPERLINK(1)", EntryResolution.CLEAR, PaymentChannel.BANK_TRANSFER, 1, false))))
                .hasMessage("gift.error.bankFileFormula");
    }

    private static GiftEntry entry(
            long id, String name, EntryResolution resolution, PaymentChannel channel, long amount, boolean paid) {
        try {
            var constructor = GiftEntry.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            GiftEntry entry = constructor.newInstance();
            set(entry, "id", id);
            set(entry, "fullName", name);
            set(entry, "identityKey", "01195000000" + id);
            set(entry, "identityKind", IdentityKind.PERSONAL_ID);
            set(entry, "resolution", resolution);
            set(entry, "channel", channel);
            set(entry, "bankCode", channel == PaymentChannel.BANK_TRANSFER ? "VBSP" : null);
            set(entry, "accountNo", channel == PaymentChannel.BANK_TRANSFER ? Long.toString(1000 + id) : null);
            set(entry, "category", Category.DISABLED);
            set(entry, "amount", amount);
            set(entry, "paidOn", paid ? LocalDate.of(2026, 1, 25) : null);
            return entry;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        var f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
