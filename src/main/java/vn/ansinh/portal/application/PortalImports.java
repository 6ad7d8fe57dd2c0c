package vn.ansinh.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.portal.application.DossierPackageReader.CommuneState;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.portal.domain.ProcedureCatalog;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Imports the portal's online dossiers: a package is read and checked ({@link DossierPackageReader}), then written
 * in one transaction by {@link PortalDossierWriter} (a bean of its own, so that its transaction is the container's
 * and not bypassed by a call from this one).
 */
@ApplicationScoped
public class PortalImports {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private PortalDossierWriter writer;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** The outcome of one package: the dossier and its application, or the reason it was refused. */
    public record Outcome(
            String fileName, String dossierNumber, Long applicationId, String messageKey, List<Object> arguments) {

        public boolean imported() {
            return applicationId != null;
        }
    }

    /** The procedures known: each one's code, or the one configured as {@code ansinh.portal.procedure.<NAME>}. */
    public ProcedureCatalog procedures() {
        Map<PortalProcedure, String> configured = new EnumMap<>(PortalProcedure.class);
        for (PortalProcedure procedure : PortalProcedure.values()) {
            ConfigProvider.getConfig()
                    .getOptionalValue("ansinh.portal.procedure." + procedure.name(), String.class)
                    .ifPresent(code -> configured.put(procedure, code));
        }
        return new ProcedureCatalog(configured);
    }

    /** Whether the logged-in user may import dossiers into the commune (the page answers 403 otherwise). */
    public boolean mayImportInto(AdminUnitCode commune) {
        return commune != null && engine.permits(new OpenApplicationCommand(null, commune, null, Map.of(), null, null));
    }

    /** Reads, checks and imports one package; a refusal is an outcome with its reason, never a half-written one. */
    public Outcome importPackage(String fileName, InputStream content) {
        DossierPackage dossier;
        try {
            dossier = reader().read(fileName, content, clock.instant());
        } catch (vn.ansinh.shared.kernel.BusinessRuleException e) {
            return new Outcome(fileName, null, null, e.messageKey(), List.of(e.arguments()));
        }
        try {
            PortalDossier recorded = writer.write(dossier);
            return new Outcome(
                    fileName,
                    dossier.dossierNumber(),
                    recorded.applicationId(),
                    "portal.import.done",
                    List.of(dossier.dossierNumber(), recorded.applicationId().toString()));
        } catch (vn.ansinh.shared.kernel.BusinessRuleException e) {
            return new Outcome(fileName, dossier.dossierNumber(), null, e.messageKey(), List.of(e.arguments()));
        } catch (vn.ansinh.shared.command.AccessDeniedException e) {
            return new Outcome(
                    fileName,
                    dossier.dossierNumber(),
                    null,
                    "portal.error.otherCommune",
                    List.of(dossier.commune().value()));
        }
    }

    private DossierPackageReader reader() {
        long maxBytes = settings.value(SettingKey.UPLOAD_MAX_MEGABYTES)
                        .map(Long::parseLong)
                        .orElse(10L)
                * 1024
                * 1024;
        return new DossierPackageReader(
                procedures(),
                new DossierPackageReader.Lookups() {
                    @Override
                    public CommuneState commune(AdminUnitCode code) {
                        if (units.residenceIn(code).isPresent()) {
                            return CommuneState.CURRENT;
                        }
                        // a unit of the former list that is no longer valid: a commune merged or abolished in 2025
                        return units.find(code)
                                        .filter(unit -> !unit.isValidOn(VietnamTime.today(clock)))
                                        .isPresent()
                                ? CommuneState.ABOLISHED
                                : CommuneState.UNKNOWN;
                    }

                    @Override
                    public boolean alreadyImported(String dossierNumber) {
                        return !em.createQuery(
                                        "select d.id from PortalDossier d where d.dossierNumber = :n", Long.class)
                                .setParameter("n", dossierNumber)
                                .setMaxResults(1)
                                .getResultList()
                                .isEmpty();
                    }
                },
                maxBytes,
                maxBytes);
    }
}
