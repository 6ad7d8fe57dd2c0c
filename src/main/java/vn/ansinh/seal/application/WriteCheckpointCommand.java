package vn.ansinh.seal.application;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import vn.ansinh.seal.domain.Checkpoint;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandContext;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Jsons;
import vn.ansinh.shared.security.Role;

/**
 * Writes today's checkpoint: every sealed table's count and head hash, into its file (signed when a key is
 * configured) and into {@code seal_checkpoint}. Run by the system every night ({@link SealJob}) or by an
 * administrator now.
 */
public record WriteCheckpointCommand(CheckpointFiles files, String signingKeyPem) implements Command<Checkpoint> {

    @Override
    public String action() {
        return "seal.checkpoint";
    }

    @Override
    public Set<Role> permittedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public AdminUnitCode unit() {
        return AdminUnitCode.NATIONAL;
    }

    @Override
    public Checkpoint execute(CommandContext context) {
        try {
            Checkpoint checkpoint = new Checkpoint(
                    context.today(),
                    context.now(),
                    ChainHeads.current(context.em().unwrap(Connection.class)));
            Path file = files.write(checkpoint, signingKeyPem);
            context.em()
                    .createNativeQuery("insert into seal_checkpoint (day, written_at, file_name, signed, body)"
                            + " values (?, ?, ?, ?, ?)")
                    .setParameter(1, checkpoint.day())
                    .setParameter(2, Sealer.utc(checkpoint.writtenAt()))
                    .setParameter(3, file.toString())
                    .setParameter(4, signingKeyPem != null)
                    .setParameter(5, checkpoint.text())
                    .executeUpdate();
            context.recordChange(
                    "SealCheckpoint",
                    checkpoint.day().toString(),
                    null,
                    Jsons.createObjectBuilder()
                            .add("file", file.toString())
                            .add("signed", signingKeyPem != null)
                            .add("text", checkpoint.text())
                            .build()
                            .toString());
            return checkpoint;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the chain heads: " + e.getMessage(), e);
        }
    }
}
