package vn.ansinh.gift.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ansinh.gift.application.GiftFixture.LIST;
import static vn.ansinh.gift.application.GiftFixture.entry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.payment.channel.application.BankColumn;
import vn.ansinh.payment.channel.application.Csv;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The bank files of an approved part, one per bank as the payroll writes them: the account entries still to pay, in
 * the payroll's format; none for a draft.
 */
class GiftBankFileTest {

    private final List<GiftEntry> entries = List.of(
            entry(1, "Lò Văn Một").build(),
            entry(2, "Quàng Thị Hai").byAccount("VBSP").amount(500_000L).build(),
            entry(3, "Cà Văn Ba")
                    .resolution(EntryResolution.KEPT)
                    .byAccount("VBSP")
                    .build(),
            entry(4, "Lường Văn Bốn")
                    .resolution(EntryResolution.DROPPED)
                    .byAccount("VBSP")
                    .build(),
            entry(5, "Tòng Thị Năm")
                    .byAccount("VBSP")
                    .paidOn(LocalDate.of(2026, 1, 25))
                    .build(),
            entry(6, "Lò Thị Sáu").byAccount("AGRIBANK").build());

    @Test
    void eachBankHasItsFileWithExactlyItsAccountEntriesStillToPayInThePayrollsFormat() {
        assertThat(GiftBankFile.banks(GiftCommuneStatus.APPROVED, entries)).containsExactly("AGRIBANK", "VBSP");

        List<String> vbsp = lines(GiftBankFile.write(LIST, GiftCommuneStatus.APPROVED, entries, "VBSP"));
        assertThat(vbsp.get(0))
                .isEqualTo(Csv.BOM
                        + String.join(
                                ";",
                                BankColumn.EXPORTED.stream()
                                        .map(BankColumn::header)
                                        .toList()));
        assertThat(vbsp.subList(1, vbsp.size()))
                .containsExactly(
                        "1;2;1002;Quàng Thị Hai;011950000002;500000;HO TRO QUA TET 2026",
                        "2;3;1003;Cà Văn Ba;011950000003;400000;HO TRO QUA TET 2026");
        assertThat(GiftBankFile.transfers(LIST, GiftCommuneStatus.APPROVED, entries, "VBSP").stream()
                        .mapToLong(t -> t.amount())
                        .sum())
                .isEqualTo(900_000L);

        List<String> agribank = lines(GiftBankFile.write(LIST, GiftCommuneStatus.APPROVED, entries, "AGRIBANK"));
        assertThat(agribank.subList(1, agribank.size()))
                .containsExactly("1;6;1006;Lò Thị Sáu;011950000006;400000;HO TRO QUA TET 2026");
    }

    @Test
    void theFilesAreNamedAsThePayrollsAre() {
        assertThat(GiftBankFile.baseName(LIST, AdminUnitCode.of("03253"), "VBSP"))
                .isEqualTo("chuyen-khoan-vbsp-03253-ds" + LIST.id());
    }

    @Test
    void aPartNotYetApprovedHasNoBankFile() {
        for (GiftCommuneStatus draft : List.of(GiftCommuneStatus.DRAWN, GiftCommuneStatus.REVIEWED)) {
            assertThat(GiftBankFile.banks(draft, entries)).isEmpty();
            assertThatThrownBy(() -> GiftBankFile.write(LIST, draft, entries, "VBSP"))
                    .hasMessage("gift.error.bankFileDraft");
        }
        assertThat(GiftBankFile.write(LIST, GiftCommuneStatus.PAID, entries, "VBSP"))
                .isNotEmpty();
    }

    @Test
    void aBankWithNoTransferLeftOrANameThatRunsAsAFormulaIsRefused() {
        assertThatThrownBy(() -> GiftBankFile.write(LIST, GiftCommuneStatus.APPROVED, entries, "BIDV"))
                .hasMessage("gift.error.bankFileEmpty");
        assertThatThrownBy(() -> GiftBankFile.write(
                        LIST,
                        GiftCommuneStatus.APPROVED,
                        List.of(entry(1, "=HYPERLINK(1)").byAccount("VBSP").build()),
                        "VBSP"))
                .hasMessage("gift.error.bankFileFormula");
    }

    @Test
    void aTransferTheBankRefusedGoesIntoNoFurtherFileButItsResultMayStillBeRead() {
        GiftEntry refused = entry(7, "Quàng Văn Bảy").byAccount("LPBANK").build();
        refused.failedAtBank("Tài khoản đã đóng", "kq.csv");

        assertThat(GiftBankFile.banks(GiftCommuneStatus.APPROVED, List.of(refused)))
                .isEmpty();
        assertThat(GiftBankFile.resultBanks(GiftCommuneStatus.APPROVED, List.of(refused)))
                .containsExactly("LPBANK");
        assertThat(refused.failedTransfer()).isTrue();
    }

    private static List<String> lines(byte[] csv) {
        return List.of(new String(csv, StandardCharsets.UTF_8).split("\r\n"));
    }
}
