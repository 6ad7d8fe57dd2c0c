package vn.ansinh.portal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.ansinh.portal.application.PortalDossiers;
import vn.ansinh.portal.application.PortalImports;
import vn.ansinh.registry.application.RegistryReader;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.web.Messages;
import vn.ansinh.shared.web.Pages;

/**
 * Import of the public-service portal's online dossiers: each uploaded package is imported at once (or refused, with
 * its reason), and the page lists the outcome of every package uploaded since it was opened.
 */
@Named
@ViewScoped
public class PortalImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalImports imports;

    @Inject
    private RegistryReader reader;

    @Inject
    private PortalDossiers dossiers;

    private final List<PortalImports.Outcome> outcomes = new ArrayList<>();

    private List<PortalDossiers.Row> latest;

    public void load() {
        if (!imports.mayImportInto(reader.jurisdiction())) {
            Pages.refuse(new AccessDeniedException("error.access.role", "portal import outside an officer's commune"));
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            outcomes.add(0, imports.importPackage(event.getFile().getFileName(), content));
            latest = null;
        } catch (IOException e) {
            Messages.error("document.error.read");
        }
    }

    /** The commune's latest dossiers with their history (read again after each upload). */
    public List<PortalDossiers.Row> getLatest() {
        if (latest == null) {
            latest = dossiers.latestOf(reader.jurisdiction());
        }
        return latest;
    }

    public List<PortalImports.Outcome> getOutcomes() {
        return outcomes;
    }

    public String text(PortalImports.Outcome outcome) {
        return Messages.text(outcome.messageKey(), outcome.arguments().toArray());
    }
}
