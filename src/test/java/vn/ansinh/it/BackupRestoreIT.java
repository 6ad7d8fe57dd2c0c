package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.backup.application.BackupManifest;
import vn.ansinh.backup.application.DatabaseBackup;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.SubmitCaseCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.devstack.DatabaseServer;
import vn.ansinh.devstack.DemoUser;
import vn.ansinh.devstack.ExternalDatabase;
import vn.ansinh.devstack.KeycloakAdmin;
import vn.ansinh.devstack.LocalStack;
import vn.ansinh.devstack.StackLayout;
import vn.ansinh.intake.application.AttachDocumentCommand;
import vn.ansinh.intake.application.DocumentStore;
import vn.ansinh.intake.application.OpenApplicationCommand;
import vn.ansinh.intake.domain.Application;
import vn.ansinh.intake.domain.DocumentKind;
import vn.ansinh.intake.domain.StoredFile;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.seal.application.ChainVerifier;
import vn.ansinh.seal.application.CheckpointFiles;
import vn.ansinh.seal.application.Sealer;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;

/**
 * The backup and restore drill ({@link DatabaseBackup}) on a database of its own with real rows (people,
 * applications with scanned documents in a real {@link DocumentStore}, a case approved with its signed
 * decision, every command's audit row, the sealed record), backed up while an officer goes on registering
 * people and attaching documents, restored into a fresh database: every table has the rows of the manifest,
 * every document is there with its hash, the schema validates against the migrations, the sealed record
 * verifies and the append-only triggers are back.
 */
class BackupRestoreIT {

    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    @TempDir
    static Path dir;

    @Test
    void aBackupTakenWhileOfficersWorkRestoresWithEveryRowDocumentAndSeal() throws Exception {
        MigratedDatabase db = MigratedDatabase.separate("backup");
        Path store = dir.resolve("store");
        DocumentStore documents = documentStore(store);
        CaseworkFixture fx = new CaseworkFixture(db.emf(), db.jdbc());
        BenefitCase approved = null;
        for (int i = 0; i < 3; i++) {
            Application application = applicationWithScan(fx, documents, "Lang Thị Lan", i);
            BenefitCase c = fx.run(
                    CaseworkFixture.OFFICER_QUY_HOP,
                    "2026-02-02T02:00:00Z",
                    () -> new SubmitCaseCommand(application.id(), CaseworkFixture.QUY_HOP));
            if (i == 0) {
                approved = c;
            }
        }
        BenefitCase toApprove = approved;
        fx.run(
                CaseworkFixture.CHAIRMAN_QUY_HOP,
                "2026-02-03T03:00:00Z",
                () -> new ApproveCaseCommand(toApprove.id(), CaseworkFixture.QUY_HOP, fx.units()));
        try (Connection c = db.jdbc().connect()) {
            assertThat(new Sealer(c, "BackupRestoreIT")
                            .sealAll(Instant.parse("2026-02-04T04:00:00Z"))
                            .total())
                    .isPositive();
        }

        // an officer goes on working while the backup is taken
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger afterBackup = new AtomicInteger(Integer.MAX_VALUE);
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            CaseworkFixture officer = new CaseworkFixture(db.emf(), db.jdbc());
            try {
                for (int i = 10; !stop.get() || written.get() <= afterBackup.get(); i++) {
                    applicationWithScan(officer, documents, "Vi Văn Ém", i);
                    written.incrementAndGet();
                }
            } catch (Throwable t) {
                writerFailure.set(t);
            } finally {
                officer.close();
            }
        });
        writer.start();
        while (written.get() < 1 && writer.isAlive()) {
            Thread.sleep(20);
        }
        DatabaseBackup.Database source = DatabaseBackup.Database.ofJdbcUrl(db.url(), db.user(), db.password());
        Path backup = dir.resolve("backup");
        long started = System.nanoTime();
        BackupManifest manifest = DatabaseBackup.backup(source, store, backup);
        long backupMillis = (System.nanoTime() - started) / 1_000_000;
        int writtenDuringOrBefore = written.get();
        afterBackup.set(writtenDuringOrBefore);
        stop.set(true);
        writer.join(60_000);
        assertThat(writerFailure.get())
                .as("the officer's work during the backup")
                .isNull();
        assertThat(written.get())
                .as("writes went on before and after the dump")
                .isGreaterThan(writtenDuringOrBefore)
                .isGreaterThanOrEqualTo(2);

        assertThat(manifest.tableRows())
                .containsKeys("person", "application", "application_document", "audit_record", "decision", "seal");
        assertThat(manifest.tableRows().get("application_document")).isGreaterThanOrEqualTo(4);
        assertThat(manifest.tableRows().get("decision")).isEqualTo(1);
        assertThat(manifest.documents()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(manifest.tableRows().get("person"))
                .as("the backup is of one moment: the rows written after it are not in it")
                .isLessThan(db.jdbc().count("person"));

        DatabaseBackup.Database restored = source.named(source.name() + "_restored");
        // an empty database granted to the app's user, as a database administrator prepares it
        TestStack.database().database().createDatabase(restored.name(), true);
        Path restoredStore = dir.resolve("restored-store");
        started = System.nanoTime();
        DatabaseBackup.restore(backup, restored, restoredStore);
        long restoreMillis = (System.nanoTime() - started) / 1_000_000;

        List<String> problems = DatabaseBackup.verify(backup, restored, restoredStore);
        assertThat(problems)
                .as("rows, documents, Flyway validate and the sealed record")
                .isEmpty();
        System.out.printf(
                "BackupRestoreIT: %d tables, %d rows, %d documents; backup %d ms, restore %d ms%n",
                manifest.tableRows().size(),
                manifest.totalRows(),
                manifest.documents().size(),
                backupMillis,
                restoreMillis);

        try (Connection c = restored.connect();
                Statement sql = c.createStatement()) {
            c.setAutoCommit(false);
            ChainReport chain = new ChainVerifier(c).verify(CheckpointFiles.none());
            c.rollback();
            assertThat(chain.findings()).isEmpty();
            assertThat(chain.tables()).anySatisfy(t -> assertThat(t.sealed()).isPositive());
            c.setAutoCommit(true);
            assertThatThrownBy(() -> sql.executeUpdate("update audit_record set actor = 'x' limit 1"))
                    .as("the append-only triggers are restored with the tables")
                    .isInstanceOf(SQLException.class);
        }
        assertThat(triggers(restored)).isEqualTo(triggers(source)).isNotEmpty();

        // the check sees a missing document and a missing row, and says so on the command line
        String someDocument = manifest.documents().keySet().iterator().next();
        Path file = restoredStore.resolve(someDocument.substring(0, 2)).resolve(someDocument);
        byte[] content = Files.readAllBytes(file);
        Files.delete(file);
        try (Connection c = restored.connect();
                Statement sql = c.createStatement()) {
            sql.executeUpdate("delete from duplicate_suspect");
            sql.executeUpdate("insert into duplicate_suspect (person_a_id, person_b_id, score, province_code,"
                    + " commune_code, status, detected_at, detected_by)"
                    + " select min(id), max(id), 90, '40', '17035', 'OPEN', now(6), 'BackupRestoreIT' from person");
        }
        assertThat(DatabaseBackup.verify(backup, restored, restoredStore))
                .anySatisfy(p -> assertThat(p).contains("document " + someDocument + " missing"))
                .anySatisfy(p -> assertThat(p).startsWith("table duplicate_suspect:"));
        Files.write(file, content);
        try (Connection c = restored.connect();
                Statement sql = c.createStatement()) {
            sql.executeUpdate("delete from duplicate_suspect");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("ansinh.db.url", db.url());
        System.setProperty("ansinh.db.user", db.user());
        System.setProperty("ansinh.db.password", db.password());
        try {
            int status = runMain(
                    new String[] {"verify", backup.toString(), restored.name(), restoredStore.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK ");
            assertThat(status).isZero();
        } finally {
            System.clearProperty("ansinh.db.url");
            System.clearProperty("ansinh.db.user");
            System.clearProperty("ansinh.db.password");
        }
        appStartsOnTheRestoredDatabase(restored, restoredStore);
        fx.close();
    }

    /**
     * The app starts on the restored database and document store (it migrates and validates the schema as at any start):
     * it is ready, an officer logs in through Keycloak, opens a restored person's page and downloads a restored scan
     * with the bytes that were backed up.
     */
    private static void appStartsOnTheRestoredDatabase(DatabaseBackup.Database restored, Path restoredStore)
            throws Exception {
        StackLayout layout = StackLayout.forRestoreDrill();
        Path served = layout.home().resolve("documents");
        deleteTree(served);
        try (java.util.stream.Stream<Path> files = Files.walk(restoredStore)) {
            for (Path from : files.toList()) {
                Path to = served.resolve(restoredStore.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        long personId;
        long documentId;
        String sha256;
        try (Connection c = restored.connect();
                Statement sql = c.createStatement()) {
            ResultSet person = sql.executeQuery("select id from person where full_name like 'Lang Thị Lan%' limit 1");
            person.next();
            personId = person.getLong(1);
            ResultSet document = sql.executeQuery("select id, sha256 from application_document order by id limit 1");
            document.next();
            documentId = document.getLong(1);
            sha256 = document.getString(2);
        }
        byte[] backedUp =
                Files.readAllBytes(restoredStore.resolve(sha256.substring(0, 2)).resolve(sha256));
        TestStack.keycloak();
        new KeycloakAdmin(layout).allowAppUrl(layout.appUrl());
        DatabaseServer onRestored = ExternalDatabase.at(restored.jdbcUrl(), restored.user(), restored.password());
        long started = System.nanoTime();
        try (LocalStack app = LocalStack.appOn(layout, onRestored)) {
            System.out.printf(
                    "BackupRestoreIT: the app started on the restored database in %d s%n",
                    (System.nanoTime() - started) / 1_000_000_000);
            HttpUser officer = new HttpUser(layout.appUrl()).logIn(DemoUser.OFFICER_QUY_HOP);
            assertThat(officer.get("/health/ready").statusCode()).isEqualTo(200);
            HttpResponse<String> page = officer.get("/registry/person.xhtml?id=" + personId);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Lang Thị Lan");
            HttpResponse<byte[]> scan = officer.getBytes("/documents/" + documentId);
            assertThat(scan.statusCode()).isEqualTo(200);
            assertThat(scan.body()).isEqualTo(backedUp);
            assertThat(app).isNotNull();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A person of Quỳ Hợp with an application and one scanned PDF stored by the real document store. */
    private static Application applicationWithScan(CaseworkFixture fx, DocumentStore store, String name, int n) {
        Person person = fx.person(CaseworkFixture.QUY_HOP, name, PartialDate.of(1960 + n), Sex.FEMALE);
        LocalDate day = LocalDate.of(2026, 2, 2);
        Application application = fx.run(
                CaseworkFixture.OFFICER_QUY_HOP,
                "2026-02-02T02:00:00Z",
                () -> new OpenApplicationCommand(
                        person.id(), person.communeCode(), Category.DISABLED, SEVERE, day, day));
        byte[] pdf = ("%PDF-1.4\n% don de nghi " + name + " " + n + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        StoredFile file = store.store("don-" + n + ".pdf", new ByteArrayInputStream(pdf), 1_000_000)
                .file();
        fx.run(
                CaseworkFixture.OFFICER_QUY_HOP,
                "2026-02-02T02:00:00Z",
                () -> new AttachDocumentCommand(
                        application.id(), person.communeCode(), DocumentKind.APPLICATION_FORM, file));
        return application;
    }

    /** The app's document store on a folder (its setting is injected in the container). */
    private static DocumentStore documentStore(Path folder) {
        return DocumentStore.at(folder, java.time.Clock.systemUTC());
    }

    private static List<String> triggers(DatabaseBackup.Database db) throws SQLException {
        try (Connection c = db.connect();
                Statement sql = c.createStatement();
                var rs = sql.executeQuery("select trigger_name from information_schema.triggers"
                        + " where trigger_schema = database() order by trigger_name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static int runMain(String[] args, PrintStream out) throws ReflectiveOperationException {
        var run = Class.forName("vn.ansinh.backup.application.BackupMain")
                .getDeclaredMethod("run", String[].class, PrintStream.class);
        run.setAccessible(true);
        return (int) run.invoke(null, args, out);
    }
}
