package vn.ansinh.gift.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.gift.domain.IdentityKind;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;

/**
 * The one-off list and entries the unit tests of the signature lists and the bank files print: the Tết 2026 list of
 * Điện Biên, and entries as the draw writes them (the draw's SQL is the only writer of an entry, so a test sets the
 * columns it would). An entry is a disabled person with a personal ID, drawn clear, paid in cash, 400,000 đồng, until
 * told otherwise.
 */
final class GiftFixture {

    static final GiftList LIST = GiftList.define(
            "Quà Tết 2026",
            AdminUnitCode.of("11"),
            LocalDate.of(2026, 1, 20),
            "Ngân sách trung ương (NQ 418/NQ-CP)",
            Map.of(Category.DISABLED, 400_000L),
            "admin.dienbien",
            Instant.parse("2026-01-21T02:00:00Z"));

    private GiftFixture() {}

    /** Entry {@code id} of {@code name}: personal ID {@code 01195000000<id>}, clear, cash, 400,000 đồng. */
    static Entry entry(long id, String name) {
        return new Entry(id, name);
    }

    /** An entry being written. */
    static final class Entry {

        private final long id;
        private final String name;
        private String identityKey;
        private IdentityKind identityKind = IdentityKind.PERSONAL_ID;
        private EntryResolution resolution = EntryResolution.CLEAR;
        private String bankCode;
        private long amount = 400_000L;
        private LocalDate paidOn;

        private Entry(long id, String name) {
            this.id = id;
            this.name = name;
            this.identityKey = "01195000000" + id;
        }

        /** Drawn with this identity key (a personal ID, {@code CMND…}, or {@code #…} for none). */
        Entry identity(String key, IdentityKind kind) {
            identityKey = key;
            identityKind = kind;
            return this;
        }

        Entry resolution(EntryResolution value) {
            resolution = value;
            return this;
        }

        /** Paid by transfer to account {@code 1000 + id} at {@code bank}. */
        Entry byAccount(String bank) {
            bankCode = bank;
            return this;
        }

        Entry amount(long value) {
            amount = value;
            return this;
        }

        Entry paidOn(LocalDate day) {
            paidOn = day;
            return this;
        }

        GiftEntry build() {
            try {
                var constructor = GiftEntry.class.getDeclaredConstructor();
                constructor.setAccessible(true);
                GiftEntry entry = constructor.newInstance();
                set(entry, "id", id);
                set(entry, "fullName", name);
                set(entry, "identityKey", identityKey);
                set(entry, "identityKind", identityKind);
                set(entry, "resolution", resolution);
                set(entry, "channel", bankCode == null ? PaymentChannel.CASH : PaymentChannel.BANK_TRANSFER);
                set(entry, "bankCode", bankCode);
                set(entry, "accountNo", bankCode == null ? null : Long.toString(1000 + id));
                set(entry, "category", Category.DISABLED);
                set(entry, "amount", amount);
                set(entry, "paidOn", paidOn);
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
}
