package vn.ansinh.backup.application;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import vn.ansinh.shared.config.CommandLineSettings;

/**
 * The backup and restore drill from the command line, with the app's configuration names (system property
 * or environment, as {@code VerifyChainMain}): {@code ansinh.db.url}/{@code ANSINH_DB_URL}, {@code
 * ansinh.db.user}, {@code ansinh.db.password}, {@code ansinh.storage.dir}.
 *
 * <ul>
 *   <li>{@code backup DIR}: dumps the database and copies the document store into DIR, with its manifest;
 *   <li>{@code restore DIR DATABASE STORE}: creates DATABASE on the same server, restores DIR into it and its
 *       documents into STORE, then verifies as below;
 *   <li>{@code verify DIR DATABASE STORE}: row counts, documents, Flyway validate and the sealed record.
 * </ul>
 *
 * Exit status: 0 done and verified, 1 the restored copy does not match (each difference printed), 2 error.
 */
public final class BackupMain {

    private BackupMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        try {
            DatabaseBackup.Database db = DatabaseBackup.Database.ofJdbcUrl(
                    CommandLineSettings.get("ansinh.db.url")
                            .orElseThrow(() -> new IllegalArgumentException("ansinh.db.url is not set")),
                    CommandLineSettings.get("ansinh.db.user").orElse("ansinh"),
                    CommandLineSettings.get("ansinh.db.password").orElse(""));
            String command = args.length > 0 ? args[0] : "";
            if (command.equals("backup") && args.length == 2) {
                Path store =
                        Path.of(CommandLineSettings.get("ansinh.storage.dir").orElse("ansinh-documents"));
                BackupManifest manifest = DatabaseBackup.backup(db, store, Path.of(args[1]));
                out.println(
                        "backed up " + db.name() + ": " + manifest.tableRows().size() + " tables, "
                                + manifest.totalRows() + " rows, "
                                + manifest.documents().size() + " documents, dump sha256 "
                                + manifest.dumpSha256());
                return 0;
            }
            if ((command.equals("restore") || command.equals("verify")) && args.length == 4) {
                Path backup = Path.of(args[1]);
                DatabaseBackup.Database target = db.named(args[2]);
                Path store = Path.of(args[3]);
                if (command.equals("restore")) {
                    DatabaseBackup.restore(backup, target, store);
                    out.println("restored into " + target.jdbcUrl() + ", documents in " + store);
                }
                List<String> problems = DatabaseBackup.verify(backup, target, store);
                problems.forEach(p -> out.println("MISMATCH " + p));
                BackupManifest manifest = BackupManifest.read(backup);
                out.println(
                        problems.isEmpty()
                                ? "OK " + manifest.tableRows().size() + " tables, " + manifest.totalRows() + " rows, "
                                        + manifest.documents().size()
                                        + " documents, schema validated, sealed record verified"
                                : "NOT RESTORED WHOLE: " + problems.size() + " differences");
                return problems.isEmpty() ? 0 : 1;
            }
            out.println("usage: backup DIR | restore DIR DATABASE STORE | verify DIR DATABASE STORE");
            return 2;
        } catch (Exception e) {
            out.println("ERROR " + e);
            return 2;
        }
    }
}
