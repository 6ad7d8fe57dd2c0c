package vn.ansinh.gift.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftCommune;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftException;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.gift.domain.GiftListStatus;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.SqlEnums;

/** The commands' reads of a list's commune parts: one part locked, its people to resolve, its unpaid entries. */
final class GiftParts {

    /** The entries that count in the planned amount and may be paid. */
    static final String PAYABLE = "resolution IN (" + EntryResolution.sqlSet(EntryResolution::payable) + ")";

    private GiftParts() {}

    /** The commune's part of the list, locked; refused when there is none. */
    static GiftCommune locked(EntityManager em, Long listId, AdminUnitCode commune) {
        List<GiftCommune> found = em.createQuery(
                        "select g from GiftCommune g where g.listId = :l and g.communeCode = :c", GiftCommune.class)
                .setParameter("l", listId)
                .setParameter("c", commune.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            throw new GiftException("gift.error.notFound");
        }
        return found.get(0);
    }

    static long toResolve(EntityManager em, Long listId, AdminUnitCode commune) {
        return count(em, listId, commune, "resolution = " + SqlEnums.literal(EntryResolution.TO_RESOLVE));
    }

    /** The payable entries ({@link EntryResolution#payable}) of the part not paid yet. */
    static long unpaid(EntityManager em, Long listId, AdminUnitCode commune) {
        return count(em, listId, commune, PAYABLE + " AND paid_on IS NULL");
    }

    /** After payments: the part is PAID once every payable entry is, and the list CLOSED once every part is. */
    static void settle(EntityManager em, GiftCommune part) {
        if (unpaid(em, part.listId(), part.communeCode()) > 0) {
            return;
        }
        part.paid();
        em.flush();
        long open = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM gift_commune WHERE list_id = ? AND status <> "
                                + SqlEnums.literal(GiftCommuneStatus.PAID))
                        .setParameter(1, part.listId())
                        .getSingleResult())
                .longValue();
        GiftList list = em.find(GiftList.class, part.listId(), LockModeType.PESSIMISTIC_WRITE);
        if (open == 0 && list.status() == GiftListStatus.DRAWN) {
            list.close();
        }
    }

    private static long count(EntityManager em, Long listId, AdminUnitCode commune, String condition) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM gift_entry WHERE list_id = ? AND commune_code = ?"
                                + " AND " + condition)
                        .setParameter(1, listId)
                        .setParameter(2, commune.value())
                        .getSingleResult())
                .longValue();
    }
}
