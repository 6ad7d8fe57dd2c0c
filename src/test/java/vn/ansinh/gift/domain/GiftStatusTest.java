package vn.ansinh.gift.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/** The steps of a one-off list and of a commune's part, as the enums and entities allow them. */
class GiftStatusTest {

    private static final Instant NOW = Instant.parse("2026-01-20T03:00:00Z");

    @Test
    void aListIsDrawnFromDraftAgainWhileDrawnAndNeverOnceClosed() {
        assertThat(GiftListStatus.DRAFT.mayDraw()).isTrue();
        assertThat(GiftListStatus.DRAWN.mayDraw()).isTrue();
        assertThat(GiftListStatus.CLOSED.mayDraw()).isFalse();
        assertThat(GiftListStatus.DRAWN.to(GiftListStatus.CLOSED)).isEqualTo(GiftListStatus.CLOSED);
        assertThatThrownBy(() -> GiftListStatus.DRAFT.to(GiftListStatus.CLOSED))
                .isInstanceOf(GiftException.class)
                .hasMessage("gift.error.listStatus");
        assertThatThrownBy(() -> GiftListStatus.CLOSED.to(GiftListStatus.DRAWN)).isInstanceOf(GiftException.class);
    }

    @Test
    void aCommunePartIsReviewedThenApprovedThenPaidInThatOrderOnly() {
        assertThat(GiftCommuneStatus.DRAWN.mayReview()).isTrue();
        assertThat(GiftCommuneStatus.DRAWN.mayApprove()).isFalse();
        assertThat(GiftCommuneStatus.REVIEWED.mayApprove()).isTrue();
        assertThat(GiftCommuneStatus.REVIEWED.mayPay()).isFalse();
        assertThat(GiftCommuneStatus.APPROVED.mayPay()).isTrue();
        assertThat(GiftCommuneStatus.DRAWN.mayResolve()).isTrue();
        assertThat(GiftCommuneStatus.REVIEWED.mayResolve()).isFalse();
        assertThatThrownBy(() -> GiftCommuneStatus.DRAWN.to(GiftCommuneStatus.APPROVED))
                .isInstanceOf(GiftException.class)
                .hasMessage("gift.error.communeStatus");
        assertThatThrownBy(() -> GiftCommuneStatus.PAID.to(GiftCommuneStatus.REVIEWED))
                .isInstanceOf(GiftException.class);
    }

    @Test
    void theOfficerCannotReviewWhilePeopleRemainToResolveNorTheReviewerApprove() {
        GiftCommune part = new GiftCommune();
        setStatus(part, GiftCommuneStatus.DRAWN);

        assertThatThrownBy(() -> part.review(2, "officer.tuangiao", NOW))
                .isInstanceOf(GiftException.class)
                .hasMessage("gift.error.toResolve");
        part.review(0, "officer.tuangiao", NOW);
        assertThat(part.status()).isEqualTo(GiftCommuneStatus.REVIEWED);
        assertThatThrownBy(() -> part.approve("officer.tuangiao", NOW)).hasMessage("gift.error.ownReview");
        part.approve("approver.tuangiao", NOW);
        assertThat(part.status()).isEqualTo(GiftCommuneStatus.APPROVED);
        assertThat(part.approvedBy()).isEqualTo("approver.tuangiao");
    }

    @Test
    void aListNeedsANameACutOffABudgetAndAPositiveAmountForEachCategory() {
        LocalDate cutOff = LocalDate.of(2026, 1, 20);
        Map<Category, Long> amounts = Map.of(Category.DISABLED, 400_000L);

        GiftList list = GiftList.define(
                " Quà Tết 2026 (NQ 418) ", AdminUnitCode.NATIONAL, cutOff, "NSTW", amounts, "admin", NOW);

        assertThat(list.name()).isEqualTo("Quà Tết 2026 (NQ 418)");
        assertThat(list.status()).isEqualTo(GiftListStatus.DRAFT);
        assertThat(list.amounts()).containsEntry(Category.DISABLED, 400_000L);
        assertThatThrownBy(() -> GiftList.define(" ", AdminUnitCode.NATIONAL, cutOff, "NSTW", amounts, "admin", NOW))
                .hasMessage("gift.error.name");
        assertThatThrownBy(() -> GiftList.define("Quà", AdminUnitCode.NATIONAL, null, "NSTW", amounts, "admin", NOW))
                .hasMessage("gift.error.cutOff");
        assertThatThrownBy(() -> GiftList.define("Quà", AdminUnitCode.NATIONAL, cutOff, "", amounts, "admin", NOW))
                .hasMessage("gift.error.budget");
        assertThatThrownBy(() -> GiftList.define("Quà", AdminUnitCode.NATIONAL, cutOff, "NSTW", Map.of(), "admin", NOW))
                .hasMessage("gift.error.categories");
        assertThatThrownBy(() -> GiftList.define(
                        "Quà", AdminUnitCode.NATIONAL, cutOff, "NSTW", Map.of(Category.DISABLED, 0L), "admin", NOW))
                .hasMessage("gift.error.amount");
    }

    @Test
    void aPersonWithoutIdIsResolvedOnceAndOnlyAPayableEntryIsPaidOnce() {
        GiftEntry unknown = entry(EntryResolution.TO_RESOLVE);
        assertThatThrownBy(() -> unknown.paid(LocalDate.of(2026, 1, 25), "officer"))
                .hasMessage("gift.error.notPayable");
        unknown.resolve(true);
        assertThat(unknown.resolution()).isEqualTo(EntryResolution.KEPT);
        assertThatThrownBy(() -> unknown.resolve(false)).hasMessage("gift.error.notToResolve");
        unknown.paid(LocalDate.of(2026, 1, 25), "officer");
        assertThat(unknown.paidOn()).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThatThrownBy(() -> unknown.paid(LocalDate.of(2026, 1, 26), "officer"))
                .hasMessage("gift.error.alreadyPaid");

        GiftEntry dropped = entry(EntryResolution.TO_RESOLVE);
        dropped.resolve(false);
        assertThat(dropped.payable()).isFalse();
    }

    @Test
    void theIdentityKeyIsThePersonalIdElseTheOldIdElseTheRecord() {
        assertThat(IdentityKind.key("011950000123", "123456789", 7)).isEqualTo("011950000123");
        assertThat(IdentityKind.key(null, "123456789", 7)).isEqualTo("CMND123456789");
        assertThat(IdentityKind.key(null, null, 7)).isEqualTo("#7");
        assertThat(IdentityKind.of(null, null)).isEqualTo(IdentityKind.NONE);
        assertThat(EntryResolution.drawn(IdentityKind.NONE)).isEqualTo(EntryResolution.TO_RESOLVE);
        assertThat(EntryResolution.drawn(IdentityKind.OLD_ID)).isEqualTo(EntryResolution.CLEAR);
        assertThatThrownBy(() -> IdentityKind.keySql("p; DROP")).isInstanceOf(IllegalArgumentException.class);
    }

    private static GiftEntry entry(EntryResolution resolution) {
        GiftEntry entry = new GiftEntry();
        set(entry, "resolution", resolution);
        set(entry, "fullName", "Lò Văn Chuyển");
        return entry;
    }

    private static void setStatus(GiftCommune part, GiftCommuneStatus status) {
        set(part, "status", status);
    }

    private static void set(Object target, String field, Object value) {
        try {
            var f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
