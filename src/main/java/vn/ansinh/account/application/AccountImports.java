package vn.ansinh.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.time.VietnamTime;

/**
 * The account import as a page uses it: {@link #check} an upload (nothing written), show the
 * {@link AccountImportReport}, and on confirmation {@link #importChecked} its ready rows through the
 * command engine. Also serves the template and the sample file.
 */
@ApplicationScoped
public class AccountImports {

    /** The sample CSV shipped with the application (in the class path). */
    public static final String SAMPLE_RESOURCE = "account/mau-tai-khoan-asxh.csv";

    public static final String SAMPLE_FILE_NAME = "mau-tai-khoan-asxh.csv";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private Clock clock;

    /** Reads an upload for the people of {@code commune} and reports what an import would do; writes nothing. */
    public AccountImportReport check(AdminUnitCode commune, String fileName, long declaredSize, InputStream content) {
        LocalDate today = VietnamTime.today(clock);
        return new AccountImportParser(new JpaAccountLookup(em), commune, today).parse(fileName, declaredSize, content);
    }

    /** Applies the ready rows of a checked file, all or none. */
    public AccountImportSummary importChecked(AdminUnitCode commune, AccountImportReport report) {
        return engine.submit(ImportAccountsCommand.of(commune, report));
    }

    /** Whether the logged-in user may import into the commune (the page refuses otherwise). */
    public boolean mayImportInto(AdminUnitCode commune) {
        return engine.permits(new ImportAccountsCommand(commune, "", List.of()));
    }

    public void writeTemplate(OutputStream out) throws IOException {
        AccountImportTemplate.write(new Banks(em).all(), out);
    }

    public void writeSample(OutputStream out) throws IOException {
        try (InputStream sample = AccountImports.class.getClassLoader().getResourceAsStream(SAMPLE_RESOURCE)) {
            if (sample == null) {
                throw new UncheckedIOException(new IOException("missing " + SAMPLE_RESOURCE));
            }
            sample.transferTo(out);
        }
    }
}
