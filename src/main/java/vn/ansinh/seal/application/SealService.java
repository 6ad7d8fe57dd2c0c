package vn.ansinh.seal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ansinh.seal.domain.Chain;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.seal.domain.Checkpoint;
import vn.ansinh.seal.domain.SealedTable;
import vn.ansinh.seal.domain.TableHead;
import vn.ansinh.shared.command.CommandEngine;
import vn.ansinh.shared.security.CurrentActor;

/** The chain page's service: the sealer's status and the verification ("Kiểm tra"), a command. */
@ApplicationScoped
public class SealService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CommandEngine engine;

    @Inject
    private CurrentActor actor;

    @Inject
    private SealSettings settings;

    public SealerState status() {
        Object[] lease = (Object[]) em.createNativeQuery(
                        "select holder, last_run_at, last_sealed, last_error from seal_lease where name = 'sealer'")
                .getSingleResult();
        List<TableHead> heads = new ArrayList<>();
        for (SealedTable table : SealedTable.values()) {
            List<?> last = em.createNativeQuery("select seq, row_id, chain_hash from seal where source_table = ?"
                            + " order by seq desc limit 1")
                    .setParameter(1, table.tableName())
                    .getResultList();
            Object[] head = last.isEmpty() ? null : (Object[]) last.get(0);
            heads.add(
                    head == null
                            ? new TableHead(table.tableName(), 0, 0, Chain.genesis(table))
                            : new TableHead(table.tableName(), number(head[0]), number(head[1]), (String) head[2]));
        }
        List<SealerState.GapRow> gaps = new ArrayList<>();
        for (Object row : em.createNativeQuery("select source_table, from_id, to_id, found_at from seal_gap"
                        + " order by found_at desc, from_id desc limit 20")
                .getResultList()) {
            Object[] gap = (Object[]) row;
            gaps.add(new SealerState.GapRow((String) gap[0], number(gap[1]), number(gap[2]), instant(gap[3])));
        }
        List<?> checkpoints = em.createNativeQuery(
                        "select day, written_at, file_name, signed from seal_checkpoint order by id desc limit 1")
                .getResultList();
        SealerState.CheckpointRow checkpoint = null;
        if (!checkpoints.isEmpty()) {
            Object[] c = (Object[]) checkpoints.get(0);
            checkpoint = new SealerState.CheckpointRow(
                    day(c[0]), instant(c[1]), (String) c[2], c[3] instanceof Boolean b ? b : number(c[3]) != 0);
        }
        return new SealerState(
                (String) lease[0],
                instant(lease[1]),
                (int) number(lease[2]),
                (String) lease[3],
                heads,
                gaps,
                checkpoint,
                settings.checkpoints().isPresent(),
                settings.publicKeyPem() != null);
    }

    public ChainReport verify() {
        return engine.submit(verifyCommand());
    }

    public boolean mayVerify() {
        return engine.permits(verifyCommand());
    }

    /** Writes today's checkpoint now (an administrator), when a checkpoint directory is configured. */
    public Optional<Checkpoint> writeCheckpoint() {
        return settings.checkpoints()
                .map(files -> engine.submit(new WriteCheckpointCommand(files, settings.signingKeyPem())));
    }

    public boolean mayWriteCheckpoint() {
        return settings.checkpoints().isPresent()
                && engine.permits(
                        new WriteCheckpointCommand(settings.checkpoints().get(), null));
    }

    private VerifyChainCommand verifyCommand() {
        return new VerifyChainCommand(actor.get().unit(), settings.checkpoints().orElse(null), settings.publicKeyPem());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDateTime instant(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
