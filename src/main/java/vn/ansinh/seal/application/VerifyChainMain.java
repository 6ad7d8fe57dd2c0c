package vn.ansinh.seal.application;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.seal.domain.Finding;
import vn.ansinh.shared.config.CommandLineSettings;
import vn.ansinh.shared.time.ClockProducer;

/**
 * The verification from the command line, on the app's database, with the app's configuration names
 * (system property or environment): {@code ansinh.db.url}/{@code ANSINH_DB_URL}, {@code ansinh.db.user},
 * {@code ansinh.db.password}, {@code ansinh.seal.checkpoint-dir}, {@code ansinh.seal.public-key}.
 * {@code verify} (the default) prints the tables and findings; {@code seal} seals what is committed first.
 * Exit status: 0 the record matches its seals, 1 something does not match (the first finding is printed),
 * 2 the check could not run.
 */
public final class VerifyChainMain {

    private VerifyChainMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        try (Connection db = DriverManager.getConnection(
                CommandLineSettings.get("ansinh.db.url")
                        .orElseThrow(() -> new IllegalArgumentException("ansinh.db.url is not set")),
                CommandLineSettings.get("ansinh.db.user").orElse("ansinh"),
                CommandLineSettings.get("ansinh.db.password").orElse(""))) {
            if (args.length > 0 && args[0].equals("seal")) {
                SealRun run = new Sealer(db, "command line")
                        .sealAll(ClockProducer.of(CommandLineSettings.get("ansinh.clock.fixed"))
                                .instant());
                out.println("sealed " + run.sealed() + (run.gaps().isEmpty() ? "" : ", gaps " + run.gaps()));
                db.setAutoCommit(true);
            }
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setAutoCommit(false);
            String publicKey = SealSettings.read(CommandLineSettings.get("ansinh.seal.public-key"));
            CheckpointFiles.Loaded checkpoints = CommandLineSettings.get("ansinh.seal.checkpoint-dir")
                    .map(dir -> new CheckpointFiles(Path.of(dir)).load(publicKey))
                    .orElse(CheckpointFiles.none());
            ChainReport report = new ChainVerifier(db).verify(checkpoints);
            db.rollback();
            for (ChainReport.TableState table : report.tables()) {
                out.println(table.table() + ": " + table.sealed() + " sealed, " + table.pending() + " not yet sealed, "
                        + table.gaps() + " gaps, head " + table.headHash());
            }
            out.println(report.checkpointsChecked() + " checkpoints checked");
            for (Finding finding : report.findings()) {
                out.println("MISMATCH " + finding);
            }
            out.println(
                    report.ok()
                            ? "OK"
                            : "TAMPERED: first " + report.firstFinding().orElseThrow());
            return report.ok() ? 0 : 1;
        } catch (Exception e) {
            out.println("ERROR " + e);
            return 2;
        }
    }
}
