package vn.ansinh.portal.application;

import java.util.List;
import java.util.Optional;
import vn.ansinh.casework.domain.CaseProgressed;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.PortalStatusChange;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.EventHandler;

/**
 * Follows the cases opened from portal dossiers: a submitted case is PROCESSING, an approved one DECIDED (with its
 * decision), a rejected one REFUSED (with the written reason). The status joins the dossier's history in the
 * command's own transaction and is sent later by {@link PortalOutboxJob}, so the portal being away never holds up the
 * officer or the approver.
 */
public class PortalStatusHandler implements EventHandler {

    @Override
    public void handle(Object event, CommandContext context) {
        if (!(event instanceof CaseProgressed progressed) || progressed.applicationId() == null) {
            return;
        }
        Optional<PortalStatus> status = statusOf(progressed);
        if (status.isEmpty()) {
            return;
        }
        List<PortalDossier> dossiers = context.em()
                .createQuery("select d from PortalDossier d where d.applicationId = :a", PortalDossier.class)
                .setParameter("a", progressed.applicationId())
                .getResultList();
        if (dossiers.isEmpty()) {
            return;
        }
        PortalDossier dossier = dossiers.get(0);
        PortalStatus last = context.em()
                .createQuery(
                        "select s.status from PortalStatusChange s where s.dossierId = :d order by s.id desc",
                        PortalStatus.class)
                .setParameter("d", dossier.id())
                .setMaxResults(1)
                .getSingleResult();
        if (last == status.get() || !last.mayBeFollowedBy(status.get())) {
            return;
        }
        context.em()
                .persist(PortalStatusChange.of(
                        dossier, status.get(), progressed.note(), progressed.decisionId(), context.now()));
    }

    /** The portal's status for a step of the case, if the portal is told about it. */
    static Optional<PortalStatus> statusOf(CaseProgressed progressed) {
        return switch (progressed.status()) {
            case SUBMITTED, POSTED -> Optional.of(PortalStatus.PROCESSING);
            case APPROVED, ACTIVE -> Optional.of(PortalStatus.DECIDED);
            case REJECTED -> Optional.of(PortalStatus.REFUSED);
            default -> Optional.empty();
        };
    }
}
