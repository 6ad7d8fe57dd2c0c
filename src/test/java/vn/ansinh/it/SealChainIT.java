// Long because each tampering needs its own setup, damage, finding and repair around one shared record.
package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ansinh.casework.application.AdjustCaseCommand;
import vn.ansinh.casework.application.ApproveCaseCommand;
import vn.ansinh.casework.application.RecordDeathCommand;
import vn.ansinh.casework.domain.BenefitCase;
import vn.ansinh.casework.domain.Decision;
import vn.ansinh.registry.domain.PartialDate;
import vn.ansinh.registry.domain.Person;
import vn.ansinh.registry.domain.Sex;
import vn.ansinh.seal.application.ChainVerifier;
import vn.ansinh.seal.application.CheckpointFiles;
import vn.ansinh.seal.application.SealRun;
import vn.ansinh.seal.application.Sealer;
import vn.ansinh.seal.application.VerifyChainCommand;
import vn.ansinh.seal.application.WriteCheckpointCommand;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.seal.domain.Checkpoint;
import vn.ansinh.seal.domain.Finding;
import vn.ansinh.seal.domain.Problem;
import vn.ansinh.seal.domain.SealedTable;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.kernel.Category;
import vn.ansinh.shared.kernel.ProgrammeField;
import vn.ansinh.shared.security.Actor;
import vn.ansinh.shared.security.Role;

/**
 * The sealed record on the real database (a database of its own: the tests drop the append-only triggers,
 * damage rows through plain SQL, see the verifier name the first row that does not match, then repair the
 * damage and recreate the triggers). The rows are real: people registered, cases submitted, decisions
 * signed, an adjustment, a death with its termination decision, and every command's audit row.
 */
class SealChainIT {

    private static final Actor AUDITOR =
            new Actor("auditor.dienbien", "Kiểm tra viên", Set.of(Role.AUDITOR), AdminUnitCode.of("11"));
    private static final Actor ADMIN = new Actor("admin", "Quản trị", Set.of(Role.ADMIN), AdminUnitCode.NATIONAL);
    private static final Map<ProgrammeField, String> SEVERE = Map.of(ProgrammeField.DISABILITY_LEVEL, "SEVERE");

    private static MigratedDatabase db;
    private static CaseworkFixture fx;
    private static Decision grant;
    private static Decision adjustment;
    private static Decision termination;

    @BeforeAll
    static void realRows() {
        db = MigratedDatabase.separate("seal");
        fx = new CaseworkFixture(db.emf(), db.jdbc());
        Person lan = fx.person(CaseworkFixture.QUY_HOP, "Lang Thị Lan", PartialDate.of(1985), Sex.FEMALE);
        BenefitCase c = fx.submitted(lan, Category.DISABLED, SEVERE, "2026-02-02T02:00:00Z");
        grant = fx.run(
                CaseworkFixture.CHAIRMAN_QUY_HOP,
                "2026-02-03T03:00:00Z",
                () -> new ApproveCaseCommand(c.id(), CaseworkFixture.QUY_HOP, fx.units()));
        adjustment = fx.run(
                CaseworkFixture.CHAIRMAN_QUY_HOP,
                "2026-06-10T03:00:00Z",
                () -> new AdjustCaseCommand(
                        c.id(),
                        CaseworkFixture.QUY_HOP,
                        Category.DISABLED,
                        "PARTICULARLY_SEVERE",
                        LocalDate.of(2026, 6, 1),
                        "Giám định lại",
                        fx.units()));
        Person em = fx.person(CaseworkFixture.QUY_HOP, "Vi Văn Ém", PartialDate.of(1949, 5, 6), Sex.MALE);
        BenefitCase old = fx.submitted(em, Category.DISABLED, SEVERE, "2026-02-04T02:00:00Z");
        fx.run(
                CaseworkFixture.CHAIRMAN_QUY_HOP,
                "2026-02-05T03:00:00Z",
                () -> new ApproveCaseCommand(old.id(), CaseworkFixture.QUY_HOP, fx.units()));
        fx.run(
                CaseworkFixture.OFFICER_QUY_HOP,
                "2026-03-20T02:00:00Z",
                () -> new RecordDeathCommand(em.id(), CaseworkFixture.QUY_HOP, LocalDate.of(2026, 3, 15)));
        termination = fx.signStop(old, CaseworkFixture.CHAIRMAN_QUY_HOP, "2026-03-23T02:00:00Z");
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void theRealRecordOfCasesDecisionsAndCommandsIsSealedAndVerifies() throws Exception {
        seal();

        ChainReport report = verify();

        assertThat(report.findings()).isEmpty();
        assertThat(report.tables())
                .allSatisfy(t -> assertThat(t.sealed()).isPositive())
                .allSatisfy(t -> assertThat(t.sealed()).isEqualTo(t.rowsBelowHead()));
        assertThat(fx.jdbc().countOf("select count(*) from seal where source_table = 'decision'"))
                .isEqualTo(fx.jdbc().count("decision"))
                .isGreaterThanOrEqualTo(3);
        assertThat(fx.jdbc().countOf("select count(*) from seal where source_table = 'case_event'"))
                .isEqualTo(fx.jdbc().count("case_event"));
    }

    @Test
    void editingOneColumnOfASignedDecisionIsNamedWithTheDecisionsId() throws Exception {
        seal();
        withoutTriggers(sql -> sql.executeUpdate(
                "update decision set monthly_amount = monthly_amount + 1 where id = " + adjustment.id()));
        try {
            ChainReport report = verify();
            assertThat(report.firstFinding(SealedTable.DECISION))
                    .contains(new Finding(
                            "decision",
                            adjustment.id(),
                            Problem.CHANGED,
                            "seal " + sealNumber("decision", adjustment.id())));
            assertThat(report.firstFinding(SealedTable.AUDIT_RECORD)).isEmpty();
        } finally {
            withoutTriggers(sql -> sql.executeUpdate(
                    "update decision set monthly_amount = monthly_amount - 1 where id = " + adjustment.id()));
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void movingAnAuditRowsTimeByOneMicrosecondIsNamed() throws Exception {
        seal();
        long id = fx.jdbc().countOf("select min(id) from audit_record where action = 'case.approve'");
        withoutTriggers(sql -> sql.executeUpdate(
                "update audit_record set occurred_at = occurred_at + interval 1 microsecond where id = " + id));
        try {
            assertThat(verify().firstFinding())
                    .hasValueSatisfying(f -> assertThat(f.table()).isEqualTo("audit_record"))
                    .hasValueSatisfying(f -> assertThat(f.rowId()).isEqualTo(id))
                    .hasValueSatisfying(f -> assertThat(f.problem()).isEqualTo(Problem.CHANGED));
        } finally {
            withoutTriggers(sql -> sql.executeUpdate(
                    "update audit_record set occurred_at = occurred_at - interval 1 microsecond where id = " + id));
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void deletingACaseEventIsNamedAsMissing() throws Exception {
        seal();
        long id = fx.jdbc().countOf("select min(id) from case_event where decision_id = ?", termination.id());
        withoutTriggers(sql -> {
            sql.executeUpdate("create table deleted_event as select * from case_event where id = " + id);
            sql.executeUpdate("delete from case_event where id = " + id);
        });
        try {
            assertThat(verify().firstFinding(SealedTable.CASE_EVENT))
                    .hasValueSatisfying(f -> assertThat(f.rowId()).isEqualTo(id))
                    .hasValueSatisfying(f -> assertThat(f.problem()).isEqualTo(Problem.MISSING));
        } finally {
            withoutTriggers(sql -> {
                sql.executeUpdate("insert into case_event select * from deleted_event");
                sql.executeUpdate("drop table deleted_event");
            });
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void aRolledBackInsertLeavesAGapThatIsReportedAndARowInsertedThereLaterIsNamed() throws Exception {
        long gap;
        try (Connection writer = db.jdbc().connect()) {
            writer.setAutoCommit(false);
            gap = insertAuditRow(writer, "test.rolledBack");
            writer.rollback();
        }
        fx.person(CaseworkFixture.QUY_HOP, "Hà Thị Sau", PartialDate.of(1990), Sex.FEMALE);

        SealRun run = seal();

        assertThat(run.gaps()).contains(new SealRun.Gap("audit_record", gap, gap));
        assertThat(verify().findings()).isEmpty();
        assertThat(verify().tables())
                .filteredOn(t -> t.table().equals("audit_record"))
                .singleElement()
                .satisfies(t -> assertThat(t.gaps()).isPositive());

        try (Connection forger = db.jdbc().connect();
                PreparedStatement insert = forger.prepareStatement("insert into audit_record (id, occurred_at, actor,"
                        + " actor_roles, actor_unit, action, outcome, unit_code) select ?, occurred_at, actor,"
                        + " actor_roles, actor_unit, 'payment.approve', outcome, unit_code from audit_record"
                        + " where id = ?")) {
            insert.setLong(1, gap);
            insert.setLong(2, gap + 1);
            assertThat(insert.executeUpdate()).isOne();
        }
        try {
            assertThat(seal().total())
                    .as("the sealer never seals below its head")
                    .isZero();
            assertThat(verify().firstFinding())
                    .contains(
                            new Finding(
                                    "audit_record",
                                    gap,
                                    Problem.INSERTED,
                                    "below sealed row "
                                            + fx.jdbc()
                                                    .countOf(
                                                            "select max(row_id) from seal where source_table = 'audit_record'")));
        } finally {
            withoutTriggers(sql -> sql.executeUpdate("delete from audit_record where id = " + gap));
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void theSealerWaitsForAnInsertStillInFlightInsteadOfCallingItAGap() throws Exception {
        seal();
        try (Connection slow = db.jdbc().connect()) {
            slow.setAutoCommit(false);
            long inFlight = insertAuditRow(slow, "test.slow");
            long later;
            try (Connection fast = db.jdbc().connect()) {
                later = insertAuditRow(fast, "test.fast");
            }
            assertThat(later).isGreaterThan(inFlight);

            SealRun first = seal();

            assertThat(first.gaps()).isEmpty();
            assertThat(sealNumber("audit_record", later))
                    .as("not sealed past the row in flight")
                    .isNull();
            slow.commit();
            SealRun second = seal();
            assertThat(second.gaps()).isEmpty();
            assertThat(sealNumber("audit_record", inFlight)).isNotNull();
            assertThat(sealNumber("audit_record", later)).isEqualTo(sealNumber("audit_record", inFlight) + 1);
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void truncatingTheAuditTableIsNamedAtItsFirstSealedRow() throws Exception {
        seal();
        long first = fx.jdbc().countOf("select row_id from seal where source_table = 'audit_record' and seq = 1");
        withoutTriggers(sql -> {
            sql.executeUpdate("create table audit_backup as select * from audit_record");
            sql.executeUpdate("truncate table audit_record");
        });
        try {
            ChainReport report = verify();
            assertThat(report.firstFinding(SealedTable.AUDIT_RECORD))
                    .contains(new Finding("audit_record", first, Problem.MISSING, "seal 1"));
            assertThat(report.findings())
                    .filteredOn(f -> f.table().equals("audit_record"))
                    .hasSize(10)
                    .allSatisfy(f -> assertThat(f.problem()).isEqualTo(Problem.MISSING));
        } finally {
            withoutTriggers(sql -> {
                sql.executeUpdate("insert into audit_record select * from audit_backup");
                sql.executeUpdate("drop table audit_backup");
            });
        }
        assertThat(verify().findings()).isEmpty();
    }

    @Test
    void anAuditorRunsTheVerificationAsACommandWithItsAuditRowAndAnOfficerMayNot() {
        seal();

        ChainReport report =
                fx.run(AUDITOR, "2026-12-02T03:00:00Z", () -> new VerifyChainCommand(AUDITOR.unit(), null, null));

        assertThat(report.ok()).isTrue();
        Map<String, Object> audit = fx.jdbc().latestAudit("seal.verify");
        assertThat(audit.get("actor")).isEqualTo("auditor.dienbien");
        assertThat((String) audit.get("after_value")).contains("\"ok\":true");
        assertThatThrownBy(() -> fx.run(
                        CaseworkFixture.OFFICER_QUY_HOP,
                        "2026-12-02T03:00:00Z",
                        () -> new VerifyChainCommand(CaseworkFixture.QUY_HOP, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignedCheckpointVerifiesCatchesARewrittenChainAndFailsWhenItsFileIsAltered(@TempDir Path dir)
            throws Exception {
        seal();
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String privatePem = pem("PRIVATE KEY", key.getPrivate().getEncoded());
        String publicPem = pem("PUBLIC KEY", key.getPublic().getEncoded());
        CheckpointFiles files = new CheckpointFiles(dir);

        Checkpoint checkpoint =
                fx.run(ADMIN, "2026-12-02T17:10:00Z", () -> new WriteCheckpointCommand(files, privatePem));

        Path file = dir.resolve("ansinh-seal-2026-12-03.txt");
        assertThat(file).exists().hasContent(checkpoint.text());
        assertThat(dir.resolve("ansinh-seal-2026-12-03.txt.sig")).exists();
        assertThat(fx.jdbc().countOf("select count(*) from seal_checkpoint where day = '2026-12-03' and signed"))
                .isOne();
        ChainReport ok = verify(files.load(publicPem));
        assertThat(ok.checkpointsChecked()).isOne();
        assertThat(ok.findings()).isEmpty();

        // One who can drop triggers edits a decision and re-seals everything from scratch: the rows match
        // their seals and the chain is whole, but the chain is not the one the checkpoint saw.
        withoutTriggers(sql -> {
            sql.executeUpdate("update decision set monthly_amount = 9999999 where id = " + grant.id());
            sql.executeUpdate("delete from seal");
        });
        try {
            seal();
            ChainReport rewritten = verify(files.load(publicPem));
            assertThat(rewritten.findings()).extracting(Finding::problem).containsExactly(Problem.CHECKPOINT_MISMATCH);
            assertThat(rewritten.firstFinding().orElseThrow().table()).isEqualTo("decision");
            assertThat(verify().findings())
                    .as("without the checkpoint nothing would show")
                    .isEmpty();
        } finally {
            withoutTriggers(sql -> {
                sql.executeUpdate(
                        "update decision set monthly_amount = " + grant.monthlyAmount() + " where id = " + grant.id());
                sql.executeUpdate("delete from seal");
            });
            seal();
        }
        assertThat(verify(files.load(publicPem)).findings()).isEmpty();

        Files.writeString(file, checkpoint.text().replace("count=", "count=1"), StandardCharsets.UTF_8);
        assertThat(verify(files.load(publicPem)).findings())
                .containsExactly(new Finding(
                        file.getFileName().toString(),
                        null,
                        Problem.SIGNATURE_INVALID,
                        file.getFileName().toString()));
        Files.delete(dir.resolve("ansinh-seal-2026-12-03.txt.sig"));
        assertThat(verify(files.load(publicPem)).findings())
                .extracting(Finding::problem)
                .containsExactly(Problem.SIGNATURE_MISSING);
    }

    @Test
    void theCommandLineRunExitsZeroWhenTheRecordMatchesAndOneWhenItWasTamperedWith() throws Exception {
        seal();
        assertThat(commandLine()).isZero();

        long id = fx.jdbc().countOf("select min(id) from case_event where decision_id = ?", grant.id());
        withoutTriggers(sql -> sql.executeUpdate("update case_event set note = 'đã sửa' where id = " + id));
        try {
            assertThat(commandLine()).isOne();
        } finally {
            withoutTriggers(sql -> sql.executeUpdate("update case_event set note = null where id = " + id));
        }
        assertThat(commandLine()).isZero();
    }

    @Test
    void afterEveryTamperingTheAppendOnlyTriggersAreBackAndRefuseAnEdit() {
        assertThatThrownBy(() -> fx.jdbc().execute("update decision set monthly_amount = 1 where id = ?", grant.id()))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> fx.jdbc().execute("delete from seal where seq = 1"))
                .hasMessageContaining("append-only");
    }

    @Test
    void everyColumnOfTheSealedTablesIsCoveredByTheCanonicalForm() {
        for (SealedTable table : SealedTable.values()) {
            List<Object> columns = fx
                    .jdbc()
                    .rows(
                            "select column_name from information_schema.columns where table_schema = database()"
                                    + " and table_name = ? order by ordinal_position",
                            table.tableName())
                    .stream()
                    .map(r -> r.values().iterator().next())
                    .toList();
            assertThat(columns)
                    .as(table.tableName())
                    .containsExactlyElementsOf(table.columns().stream()
                            .map(SealedTable.Column::name)
                            .toList());
        }
    }

    @Test
    void sealingSpeed() throws Exception {
        seal();
        int rows = 20_000;
        try (Connection c = db.jdbc().connect();
                Statement sql = c.createStatement()) {
            sql.executeUpdate("insert into audit_record (occurred_at, actor, actor_roles, actor_unit, action, outcome,"
                    + " unit_code, target_type, target_id, after_value) select now(6), 'bench', 'admin', '11',"
                    + " 'bench.row', 'SUCCESS', '11', 'Bench', seq, concat('{\"n\":', seq, ',\"text\":\"', repeat('x', 300),"
                    + " '\"}') from seq_1_to_" + rows);
        }
        long start = System.nanoTime();
        SealRun run = seal();
        double sealSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ChainReport report = verify();
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        long sealed = fx.jdbc().countOf("select count(*) from seal");

        System.out.printf(
                "SEAL BENCHMARK: sealed %d rows in %.2f s = %.0f rows/s; verified %d seals in %.2f s = %.0f rows/s%n",
                run.total(), sealSeconds, run.total() / sealSeconds, sealed, verifySeconds, sealed / verifySeconds);
        assertThat(run.sealed().get("audit_record")).isGreaterThanOrEqualTo(rows);
        assertThat(report.findings()).isEmpty();
        assertThat(run.total() / sealSeconds).as("rows per second").isGreaterThan(1000);
    }

    // --- helpers ---

    private static SealRun seal() {
        try (Connection c = db.jdbc().connect()) {
            return new Sealer(c, "SealChainIT").sealAll(Instant.parse("2026-12-02T04:00:00Z"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChainReport verify() throws SQLException {
        return verify(CheckpointFiles.none());
    }

    private static ChainReport verify(CheckpointFiles.Loaded checkpoints) throws SQLException {
        try (Connection c = db.jdbc().connect()) {
            return new ChainVerifier(c).verify(checkpoints);
        }
    }

    private static Long sealNumber(String table, long rowId) {
        Object seq = fx.jdbc()
                .row("select seq from seal where source_table = ? and row_id = ?", table, rowId)
                .get("seq");
        return seq == null ? null : ((Number) seq).longValue();
    }

    private static long insertAuditRow(Connection c, String action) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into audit_record (occurred_at, actor, actor_roles, actor_unit, action, outcome, unit_code)"
                        + " values (now(6), 'test', 'admin', '00', ?, 'SUCCESS', '00')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, action);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void withoutTriggers(AppendOnlyTriggers.SqlWork work) throws SQLException {
        AppendOnlyTriggers.without(db.jdbc(), work);
    }

    /** The verification as an operator runs it: a separate Java process on the same database; its exit status. */
    private static int commandLine() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dansinh.db.url=" + db.url(),
                        "-Dansinh.db.user=" + db.user(),
                        "-Dansinh.db.password=" + db.password(),
                        "vn.ansinh.seal.application.VerifyChainMain",
                        "verify")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        System.out.println("VerifyChainMain said:\n" + output);
        if (process.exitValue() == 1) {
            assertThat(output).contains("TAMPERED: first case_event id");
        }
        return process.exitValue();
    }

    private static String pem(String kind, byte[] der) {
        return "-----BEGIN " + kind + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + kind
                + "-----\n";
    }
}
