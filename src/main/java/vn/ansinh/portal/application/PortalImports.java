package vn.ansinh.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.ansinh.admin.application.Settings;
import vn.ansinh.admin.domain.SettingKey;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.portal.application.DossierPackageReader.CommuneState;
import vn.ansinh.portal.domain.PortalDossier;
import vn.ansinh.portal.domain.PortalPackageException;
import vn.ansinh.portal.domain.PortalProcedure;
import vn.ansinh.portal.domain.ProcedureCatalog;
import vn.ansinh.registry.application.AdminUnitDirectory;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.text.BundleMessages;
import vn.ansinh.shared.time.VietnamTime;

/**
 * Imports the portal's online dossiers: a package is read and checked ({@link DossierPackageReader}), then written
 * in one transaction by {@link PortalDossierWriter} (a bean of its own, so that its transaction is the container's
 * and not bypassed by a call from this one).
 */
@ApplicationScoped
public class PortalImports {

    private static final Logger LOG = Logger.getLogger(PortalImports.class.getName());

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

    /**
     * The outcome of one package: the dossier and its application, or the reason it was refused and whether the
     * portal is told of the refusal.
     */
    public record Outcome(
            String fileName,
            String dossierNumber,
            Long applicationId,
            String messageKey,
            List<Object> arguments,
            boolean refusalReported)
            implements Serializable {

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

    /**
     * Reads, checks and imports one package; a refusal is an outcome with its reason, never a half-written one. A
     * refused package that names its dossier and a commune of the user's is reported to the portal (REFUSED with the
     * reason, through the outbox), unless the dossier was imported already.
     */
    public Outcome importPackage(String fileName, InputStream content) {
        DossierPackage dossier;
        try {
            dossier = reader().read(fileName, content, clock.instant());
        } catch (PortalPackageException e) {
            return refused(fileName, e.dossier(), e);
        } catch (BusinessRuleException e) {
            return refused(fileName, null, e);
        }
        try {
            PortalDossier recorded = writer.write(dossier);
            return new Outcome(
                    fileName,
                    dossier.dossierNumber(),
                    recorded.applicationId(),
                    "portal.import.done",
                    List.of(dossier.dossierNumber(), recorded.applicationId().toString()),
                    false);
        } catch (BusinessRuleException e) {
            return refused(
                    fileName,
                    new PortalPackageException.RefusedDossier(
                            dossier.dossierNumber(), dossier.procedureCode(), dossier.commune()),
                    e);
        } catch (AccessDeniedException e) {
            return new Outcome(
                    fileName,
                    dossier.dossierNumber(),
                    null,
                    "portal.error.otherCommune",
                    List.of(dossier.commune().value()),
                    false);
        }
    }

    private Outcome refused(String fileName, PortalPackageException.RefusedDossier dossier, BusinessRuleException e) {
        boolean duplicate = "portal.error.duplicate".equals(e.messageKey());
        boolean reported = dossier != null && !duplicate && report(dossier, e);
        return new Outcome(
                fileName,
                dossier == null ? null : dossier.dossierNumber(),
                null,
                e.messageKey(),
                List.of(e.arguments()),
                reported);
    }

    /** Tells the portal (through the outbox) why the package was refused, when the dossier is the user's commune's. */
    private boolean report(PortalPackageException.RefusedDossier dossier, BusinessRuleException refusal) {
        ReportPortalRefusalCommand command = new ReportPortalRefusalCommand(
                dossier.commune(),
                dossier,
                BundleMessages.text(BundleMessages.VIETNAMESE, refusal.messageKey(), refusal.arguments()));
        if (!engine.permits(command)) {
            return false;
        }
        try {
            engine.submit(command);
            return true;
        } catch (BusinessRuleException | AccessDeniedException e) {
            LOG.log(Level.WARNING, "portal refusal of " + dossier.dossierNumber() + " not recorded", e);
            return false;
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
                                        "select d.id from PortalDossier d where d.dossierNumber = :n"
                                                + " and d.applicationId is not null",
                                        Long.class)
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
