package vn.ansinh.portal.application;

import java.util.Optional;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalStatus;
import vn.ansinh.portal.domain.PortalStatusChange;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * The commune officer records that a portal dossier opened an application: the link, and the status RECEIVED for the
 * portal (sent by {@link PortalOutboxJob}). Run by {@link PortalImports} in the transaction that opened the
 * application and attached its documents, so that a refusal leaves none of them.
 */
public record RecordPortalDossierCommand(
        AdminUnitCode commune, Long applicationId, DossierPackage dossier, String applicantJson)
        implements CommuneCommand.ByOfficer<PortalDossier> {

    @Override
    public String action() {
        return "portal.dossier.import";
    }

    @Override
    public PortalDossier execute(CommandContext context) {
        Application application = context.em().find(Application.class, applicationId);
        if (application == null || !application.communeCode().equals(commune)) {
            throw new vn.ansinh.shared.kernel.BusinessRuleException("application.error.notFound");
        }
        Optional<PortalDossier> refusedBefore = KnownDossiers.notYetReceived(context.em(), dossier.dossierNumber());
        PortalDossier recorded;
        if (refusedBefore.isEmpty()) {
            recorded = PortalDossier.imported(
                    dossier.dossierNumber(),
                    dossier.procedureCode(),
                    applicationId,
                    commune.value(),
                    dossier.receivedAt(),
                    applicantJson,
                    context.actor().username(),
                    context.now());
            context.em().persist(recorded);
            context.em().flush();
        } else {
            // an earlier package of the dossier was refused (and the portal told why): this one opens it
            recorded = refusedBefore.get();
            recorded.opened(
                    applicationId,
                    dossier.procedureCode(),
                    commune.value(),
                    dossier.receivedAt(),
                    applicantJson,
                    context.actor().username(),
                    context.now());
        }
        context.em().persist(PortalStatusChange.of(recorded, PortalStatus.RECEIVED, null, null, context.now()));
        context.recordChange(
                "PortalDossier",
                recorded.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("dossierNumber", dossier.dossierNumber())
                        .add("procedureCode", dossier.procedureCode())
                        .add("application", applicationId)
                        .add("file", dossier.fileName())
                        .add("attachments", dossier.attachments().size())
                        .build()
                        .toString());
        return recorded;
    }
}
