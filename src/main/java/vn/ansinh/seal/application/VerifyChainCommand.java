package vn.ansinh.seal.application;

import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.shared.command.AuditorsCommand;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;

/**
 * Verifies the sealed record ("Kiểm tra"): the chains, every row against its seal, the columns, the
 * checkpoint files. Changes nothing, so an auditor may run it; its audit row carries the result and the
 * first row that does not match. The unit is the actor's own: the result names tables and row ids, no
 * personal data, so an auditor of any unit may check the whole record.
 */
public record VerifyChainCommand(AdminUnitCode unit, CheckpointFiles checkpoints, String publicKeyPem)
        implements AuditorsCommand<ChainReport> {

    @Override
    public String action() {
        return "seal.verify";
    }

    @Override
    public ChainReport execute(CommandContext context) {
        try {
            ChainReport report = new ChainVerifier(context.em().unwrap(Connection.class))
                    .verify(checkpoints == null ? CheckpointFiles.none() : checkpoints.load(publicKeyPem));
            JsonObjectBuilder result = Jsons.createObjectBuilder()
                    .add("ok", report.ok())
                    .add("findings", report.findings().size())
                    .add("checkpoints", report.checkpointsChecked());
            report.firstFinding().ifPresent(f -> result.add("first", f.toString()));
            context.recordChange("SealChain", "verify", null, result.build().toString());
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("verification failed: " + e.getMessage(), e);
        }
    }
}
