package vn.ansinh.portal.application;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.PortalStatusChange;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * Sends the portal the statuses it has not accepted yet, oldest first and for each dossier in order (a later status
 * waits while an earlier one fails), at most {@code batch} of them: each is marked sent, or failed and due again
 * after a growing wait. Run by the system every minute ({@link PortalOutboxJob}) when some are due; its audit row
 * says how many went and why the others did not.
 */
public record DeliverPortalStatusesCommand(PortalStatusSender sender, Function<Decision, byte[]> decisionPdf, int batch)
        implements Command<DeliverPortalStatusesCommand.Result> {

    /** How many statuses the portal accepted and how many failed. */
    public record Result(int sent, int failed) {}

    private static final int ERRORS_IN_AUDIT = 5;

    @Override
    public String action() {
        return "portal.status.deliver";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public Result execute(CommandContext context) {
        LocalDateTime now = LocalDateTime.ofInstant(context.now(), ZoneOffset.UTC);
        List<PortalStatusChange> pending = context.em()
                .createQuery(
                        "select s from PortalStatusChange s where s.sentAt is null order by s.id",
                        PortalStatusChange.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(500)
                .getResultList();
        Set<Long> waiting = new HashSet<>();
        int sent = 0;
        List<String> errors = new ArrayList<>();
        for (PortalStatusChange change : pending) {
            if (!waiting.add(change.dossierId())) {
                continue; // an earlier status of the dossier goes first
            }
            if (change.nextAttemptAt().isAfter(context.now()) || sent + errors.size() >= batch) {
                continue;
            }
            PortalDossier dossier = context.em().find(PortalDossier.class, change.dossierId());
            PortalStatusSender.Delivery delivery = sender.send(message(context, dossier, change));
            if (delivery.accepted()) {
                change.sent(context.now());
                sent++;
            } else {
                change.failed(delivery.error(), context.now());
                errors.add(dossier.dossierNumber() + " " + change.status() + ": " + delivery.error());
            }
        }
        var errorList = Jsons.createArrayBuilder();
        errors.stream().limit(ERRORS_IN_AUDIT).forEach(errorList::add);
        context.recordChange(
                "PortalStatus",
                null,
                null,
                Jsons.createObjectBuilder()
                        .add("sent", sent)
                        .add("failed", errors.size())
                        .add("errors", errorList)
                        .add("at", now.toString())
                        .build()
                        .toString());
        return new Result(sent, errors.size());
    }

    private PortalStatusMessage message(CommandContext context, PortalDossier dossier, PortalStatusChange change) {
        byte[] pdf = null;
        String fileName = null;
        if (change.status() == PortalStatus.DECIDED && change.decisionId() != null) {
            Decision decision = context.em().find(Decision.class, change.decisionId());
            pdf = decisionPdf.apply(decision);
            fileName = "quyet-dinh-" + decision.number().replace('/', '-') + ".pdf";
        }
        return new PortalStatusMessage(
                dossier.dossierNumber(), change.status(), change.statusAt(), change.reason(), fileName, pdf);
    }
}
