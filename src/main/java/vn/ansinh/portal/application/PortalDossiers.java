package vn.ansinh.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.PortalStatusChange;
import vn.ansinh.shared.kernel.AdminUnitCode;

/**
 * The latest portal dossiers of a commune with each one's status history, as the portal was told it: what an
 * officer checks after an import (was the refusal reported? did the decision reach the portal?).
 */
@ApplicationScoped
public class PortalDossiers {

    /** How many dossiers the list shows, the most recently changed first. */
    public static final int LATEST = 30;

    @PersistenceContext
    private EntityManager em;

    public PortalDossiers() {
        // for CDI
    }

    /** Over an entity manager of one's own (the data-layer tests). */
    public PortalDossiers(EntityManager em) {
        this.em = em;
    }

    /** One status of a dossier: when it happened, and whether the portal accepted it (or the last error). */
    public record Step(PortalStatus status, LocalDateTime at, boolean sent, int attempts, String lastError)
            implements Serializable {

        /** Not sent yet, after at least one failed attempt. */
        public boolean failing() {
            return !sent && attempts > 0;
        }
    }

    /** A dossier with its history, oldest status first; no application while every package of it was refused. */
    public record Row(String dossierNumber, String procedureCode, Long applicationId, List<Step> steps)
            implements Serializable {}

    /** The commune's {@link #LATEST} dossiers whose status changed last. */
    public List<Row> latestOf(AdminUnitCode commune) {
        @SuppressWarnings("unchecked")
        List<Object[]> dossiers = em.createNativeQuery(
                        "select d.id, d.dossier_number, d.procedure_code, d.application_id from portal_dossier d"
                                + " where d.commune_code = ?1"
                                + " order by (select max(s.id) from portal_status s where s.dossier_id = d.id) desc"
                                + " limit " + LATEST)
                .setParameter(1, commune.value())
                .getResultList();
        if (dossiers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Step>> steps = new LinkedHashMap<>();
        for (Object[] d : dossiers) {
            steps.put(((Number) d[0]).longValue(), new ArrayList<>());
        }
        List<PortalStatusChange> statuses = em.createQuery(
                        "select s from PortalStatusChange s where s.dossierId in :ids order by s.id",
                        PortalStatusChange.class)
                .setParameter("ids", List.copyOf(steps.keySet()))
                .getResultList();
        for (PortalStatusChange s : statuses) {
            steps.get(s.dossierId())
                    .add(new Step(
                            s.status(),
                            LocalDateTime.ofInstant(s.statusAt(), ZoneOffset.UTC),
                            s.isSent(),
                            s.attempts(),
                            s.lastError()));
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] d : dossiers) {
            rows.add(new Row(
                    (String) d[1],
                    (String) d[2],
                    d[3] == null ? null : ((Number) d[3]).longValue(),
                    List.copyOf(steps.get(((Number) d[0]).longValue()))));
        }
        return rows;
    }
}
