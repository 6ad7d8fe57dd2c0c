package vn.ansinh.gift.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.gift.domain.EntryResolution;
import vn.ansinh.gift.domain.GiftCommuneStatus;
import vn.ansinh.gift.domain.GiftEntry;
import vn.ansinh.gift.domain.GiftList;
import vn.ansinh.registry.application.UnitScope;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.persistence.SqlEnums;

/** The reads of one-off lists, each through the reader's {@link UnitScope}. */
public final class GiftLists {

    private final EntityManager em;

    public GiftLists(EntityManager em) {
        this.em = em;
    }

    /** A commune's part of a list: planned (payable entries) against paid, and the people to resolve. */
    public record CommuneRow(
            AdminUnitCode commune,
            GiftCommuneStatus status,
            long planned,
            long plannedAmount,
            long paid,
            long paidAmount,
            long toResolve,
            String reviewedBy)
            implements Serializable {}

    /** The lists a reader reaches: of their unit or below it, or with a commune part within their scope. */
    public List<GiftList> lists(UnitScope scope) {
        UnitScope.Condition unit = scope.unit("l.unitCode");
        UnitScope.Condition residence = scope.residence("g.communeCode", "g.provinceCode");
        var query = em.createQuery(
                "select l from GiftList l where " + unit.jpql("u")
                        + " or exists (select g from GiftCommune g where g.listId = l.id and " + residence.jpql("r")
                        + ") order by l.cutOff desc, l.id desc",
                GiftList.class);
        unit.bind(query, "u");
        residence.bind(query, "r");
        return query.setMaxResults(200).getResultList();
    }

    /** Whether the reader reaches the list ({@link #lists}'s rule on one list). */
    public boolean reaches(UnitScope scope, GiftList list) {
        return scope.covers(list.unitCode()) || !communes(scope, list.id()).isEmpty();
    }

    /** The list's communes within the reader's scope, by code, with planned against paid. */
    public List<CommuneRow> communes(UnitScope scope, Long listId) {
        UnitScope.Condition residence = scope.residence("g.commune_code", "g.province_code");
        String payable = "e.resolution IN (" + EntryResolution.sqlSet(EntryResolution::payable) + ")";
        Query query = em.createNativeQuery("SELECT g.commune_code, g.status,"
                + " COALESCE(SUM(CASE WHEN " + payable + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN " + payable + " THEN e.amount ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN e.paid_on IS NOT NULL THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN e.paid_on IS NOT NULL THEN e.amount ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN e.resolution = " + SqlEnums.literal(EntryResolution.TO_RESOLVE)
                + " THEN 1 ELSE 0 END), 0), g.reviewed_by"
                + " FROM gift_commune g LEFT JOIN gift_entry e ON e.list_id = g.list_id"
                + " AND e.commune_code = g.commune_code"
                + " WHERE g.list_id = ? AND " + residence.sql()
                + " GROUP BY g.commune_code, g.status, g.reviewed_by ORDER BY g.commune_code");
        query.setParameter(1, listId);
        List<Object> parameters = residence.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(2 + i, parameters.get(i));
        }
        List<CommuneRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new CommuneRow(
                    AdminUnitCode.of((String) r[0]),
                    GiftCommuneStatus.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    (String) r[7]));
        }
        return rows;
    }

    /**
     * What became of a person of the list since the draw, for the officer who pays them: died, or now lives in another
     * commune (the entry stays where they were drawn).
     */
    public record Since(LocalDate diedOn, AdminUnitCode livesIn) implements Serializable {}

    /** The persons of one commune of the list who died or moved since, by entry id. */
    public Map<Long, Since> since(Long listId, AdminUnitCode commune) {
        Map<Long, Since> since = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT e.id, p.date_of_death, p.commune_code FROM gift_entry e"
                        + " JOIN person p ON p.id = e.person_id WHERE e.list_id = ? AND e.commune_code = ?"
                        + " AND (p.date_of_death IS NOT NULL OR p.commune_code <> e.commune_code)")
                .setParameter(1, listId)
                .setParameter(2, commune.value())
                .getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate died = r[1] == null ? null : r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            AdminUnitCode livesIn = AdminUnitCode.of((String) r[2]);
            since.put(((Number) r[0]).longValue(), new Since(died, livesIn.equals(commune) ? null : livesIn));
        }
        return since;
    }

    /** The entries of one commune of the list, by name (a commune's part: hundreds of people, not the registry). */
    public List<GiftEntry> entries(Long listId, AdminUnitCode commune) {
        return em.createQuery(
                        "select e from GiftEntry e where e.listId = :l and e.communeCode = :c"
                                + " order by e.fullName, e.id",
                        GiftEntry.class)
                .setParameter("l", listId)
                .setParameter("c", commune.value())
                .getResultList();
    }
}
