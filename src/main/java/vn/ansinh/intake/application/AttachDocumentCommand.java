package vn.ansinh.intake.application;

import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.ApplicationDocument;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.command.CommuneCommand;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/** A commune officer attaches a scanned document (already checked and stored) to a draft application. */
public record AttachDocumentCommand(Long applicationId, AdminUnitCode commune, DocumentKind kind, StoredFile file)
        implements CommuneCommand.ByOfficer<ApplicationDocument> {

    @Override
    public String action() {
        return "application.attach";
    }

    @Override
    public ApplicationDocument execute(CommandContext context) {
        Application application = Applications.inCommune(context.em(), applicationId, commune);
        ApplicationDocument document =
                new ApplicationDocument(application, kind, file, context.actor().username(), context.now());
        context.em().persist(document);
        context.em().flush();
        context.recordChange(
                "ApplicationDocument",
                document.id().toString(),
                null,
                Jsons.createObjectBuilder()
                        .add("application", applicationId)
                        .add("kind", kind.name())
                        .add("file", file.safeName())
                        .add("type", file.mediaType().contentType())
                        .add("size", file.size())
                        .add("sha256", file.sha256())
                        .build()
                        .toString());
        return document;
    }
}
