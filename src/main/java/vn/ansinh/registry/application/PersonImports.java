package vn.ansinh.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.BusinessRuleException;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The bulk import as a page uses it, in three calls: {@link #check} an upload (nothing written),
 * show the {@link ImportReport}, and on confirmation {@link #importChecked} it through the command
 * engine (role, jurisdiction and audit as for any write). {@link #writeTemplate} serves the empty
 * file to fill in.
 */
@ApplicationScoped
public class PersonImports {

    /** The largest import file accepted. */
    public static final long MAX_BYTES = PersonImportParser.DEFAULT_MAX_BYTES;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AdminUnitDirectory units;

    @Inject
    private CommandEngine engine;

    @Inject
    private vn.ansinh.shared.security.CurrentActor currentActor;

    @Inject
    private RegistryService registry;

    @Inject
    private Clock clock;

    /**
     * Reads an upload for the people of {@code commune} and reports what an import would do. Checks
     * the registry (personal IDs, poverty lines, possible duplicates) but writes nothing.
     */
    public ImportReport check(AdminUnitCode commune, String fileName, long declaredSize, InputStream content) {
        return new PersonImportParser(VietnamTime.today(clock))
                .checkingAgainst(
                        em,
                        residence(commune),
                        registry.duplicateThreshold(),
                        unit -> units.covers(currentActor.get(), unit))
                .parse(fileName, declaredSize, content);
    }

    /**
     * Imports the households of a checked file that have no error, all in one transaction. Throws
     * {@link BusinessRuleException} (nothing written) when, for instance, a personal ID was registered
     * since the check, and {@link vn.ansinh.shared.command.AccessDeniedException} outside the user's
     * commune.
     */
    public ImportSummary importChecked(AdminUnitCode commune, ImportReport report) {
        return engine.submit(ImportPersonsCommand.of(residence(commune), report, registry.duplicateThreshold()));
    }

    /** Whether the logged-in user may import people into the commune (pages hide the upload otherwise). */
    public boolean mayImportInto(AdminUnitCode commune) {
        return units.residenceIn(commune)
                .map(r -> engine.permits(new ImportPersonsCommand(r, "", List.of(), 0)))
                .orElse(false);
    }

    /** The empty template (content type {@link ImportTemplate#CONTENT_TYPE}, name {@link ImportTemplate#FILE_NAME}). */
    public void writeTemplate(OutputStream out) throws IOException {
        ImportTemplate.write(out);
    }

    private Residence residence(AdminUnitCode commune) {
        return units.residenceIn(commune).orElseThrow(() -> new BusinessRuleException("person.error.commune"));
    }
}
