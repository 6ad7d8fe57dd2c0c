package vn.ansinh.portal.application;

import java.util.Optional;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalPackageException;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.PortalStatusChange;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The commune officer's import refused a package of a dossier filed with the commune: the portal is told REFUSED
 * with the reason (in Vietnamese, as the officer read it), through the outbox. The dossier is recorded without an
 * application, or, when an earlier package of it was refused too, gets one more refusal in its history. A dossier
 * that opened an application is never refused this way (a second package of it is a duplicate, not a refusal).
 */
public record ReportPortalRefusalCommand(
        AdminUnitCode commune, PortalPackageException.RefusedDossier dossier, String reason)
        implements CommuneCommand.ByOfficer<PortalDossier> {

    @Override
    public String action() {
        return "portal.dossier.refuse";
    }

    @Override
    public PortalDossier execute(CommandContext context) {
        if (!dossier.commune().equals(commune)) {
            throw new IllegalArgumentException(
                    "the refusal names commune " + dossier.commune().value());
        }
        Optional<PortalDossier> refusedBefore = KnownDossiers.notYetReceived(context.em(), dossier.dossierNumber());
        PortalDossier refused;
        String before = null;
        if (refusedBefore.isEmpty()) {
            refused = PortalDossier.refusedAtImport(
                    dossier.dossierNumber(),
                    dossier.procedureCode(),
                    commune.value(),
                    context.actor().username(),
                    context.now());
            context.em().persist(refused);
            context.em().flush();
        } else {
            refused = refusedBefore.get();
            before = "{\"refusedBefore\":true}";
        }
        context.em().persist(PortalStatusChange.of(refused, PortalStatus.REFUSED, reason, null, context.now()));
        context.recordChange(
                "PortalDossier",
                refused.id().toString(),
                before,
                Jsons.createObjectBuilder()
                        .add("dossierNumber", dossier.dossierNumber())
                        .add("status", PortalStatus.REFUSED.name())
                        .add("reason", reason)
                        .build()
                        .toString());
        return refused;
    }
}
