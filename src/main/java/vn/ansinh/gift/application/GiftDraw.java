package vn.ansinh.gift.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.util.List;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEligibility;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.gift.domain.IdentityKind;
import vn.ansinh.payment.channel.application.TransferChannel;
import vn.ansinh.payment.domain.PaymentChannel;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.persistence.SqlEnums;

/**
 * The draw of a one-off list, set-based: one INSERT … SELECT writes its entries from the cases at the cut-off, one
 * more its communes. Each rule comes from its home: who qualifies ({@link GiftEligibility}), whose beneficiaries
 * (the list unit's {@link UnitScope}, on the case's residence), the person's identity ({@link IdentityKind}: one
 * entry per identity key; of a person's qualifying cases the highest amount, then the oldest case), the channel
 * ({@link TransferChannel}, in the cut-off's month).
 */
final class GiftDraw {

    private GiftDraw() {}

    /** The entries' statement; parameters: list, list, then the scope's. */
    static String entriesSql(GiftList list, UnitScope.Condition scope) {
        String byTransfer = TransferChannel.byTransfer("a", YearMonth.from(list.cutOff()));
        return "INSERT INTO gift_entry (list_id, person_id, case_id, identity_key, identity_kind, full_name,"
                + " commune_code, province_code, category, amount, channel, bank_code, account_no, resolution)"
                + " SELECT ?, x.person_id, x.case_id, x.identity_key, x.identity_kind, x.full_name, x.commune_code,"
                + " x.province_code, x.category, x.amount,"
                + " CASE WHEN " + byTransfer + " THEN " + SqlEnums.literal(PaymentChannel.BANK_TRANSFER) + " ELSE "
                + SqlEnums.literal(PaymentChannel.CASH) + " END,"
                + " CASE WHEN " + byTransfer + " THEN a.bank_code END,"
                + " CASE WHEN " + byTransfer + " THEN a.account_no END, x.resolution"
                + " FROM (SELECT c.person_id, c.id AS case_id, " + IdentityKind.keySql("p") + " AS identity_key, "
                + IdentityKind.kindSql("p") + " AS identity_kind, " + IdentityKind.resolutionSql("p")
                + " AS resolution, p.full_name, c.commune_code, c.province_code, c.category, g.amount,"
                + " ROW_NUMBER() OVER (PARTITION BY " + IdentityKind.keySql("p") + " ORDER BY g.amount DESC, c.id)"
                + " AS rn"
                + " FROM benefit_case c JOIN person p ON p.id = c.person_id"
                + " JOIN gift_list_category g ON g.list_id = ? AND g.category = c.category"
                + " WHERE " + GiftEligibility.sql("c", "p", list.cutOff()) + " AND " + scope.sql() + ") x"
                + " LEFT JOIN ss_account a ON a.person_id = x.person_id"
                + " WHERE x.rn = 1";
    }

    /** Writes the list's entries and communes afresh; returns the number of entries. */
    static int run(EntityManager em, GiftList list, AdminUnitTree units) {
        em.createNativeQuery("DELETE FROM gift_entry WHERE list_id = ?")
                .setParameter(1, list.id())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM gift_commune WHERE list_id = ?")
                .setParameter(1, list.id())
                .executeUpdate();
        UnitScope.Condition scope = UnitScope.of(list.unitCode(), units).residence("c.commune_code", "c.province_code");
        Query insert = em.createNativeQuery(entriesSql(list, scope))
                .setParameter(1, list.id())
                .setParameter(2, list.id());
        List<Object> parameters = scope.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            insert.setParameter(3 + i, parameters.get(i));
        }
        int entries = insert.executeUpdate();
        em.createNativeQuery("INSERT INTO gift_commune (list_id, commune_code, province_code, status)"
                        + " SELECT list_id, commune_code, MIN(province_code), "
                        + SqlEnums.literal(GiftCommuneStatus.DRAWN)
                        + " FROM gift_entry WHERE list_id = ? GROUP BY list_id, commune_code")
                .setParameter(1, list.id())
                .executeUpdate();
        return entries;
    }
}
