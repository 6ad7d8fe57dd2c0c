package vn.ansinh.backup.application;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import vn.ansinh.seal.application.ChainVerifier;
import vn.ansinh.seal.application.CheckpointFiles;
import vn.ansinh.seal.domain.ChainReport;
import vn.ansinh.shared.persistence.SqlText;

/**
 * A consistent backup of the database and the document store while the app runs, and its restore into a
 * fresh database. The database is dumped by {@code mariadb-dump --single-transaction} (one snapshot, no
 * lock on the app's InnoDB tables) with its triggers and routines; the document store is copied after the
 * dump has finished. A document is written to the store before the row that names it is committed, and is
 * never changed or removed (its file name is its SHA-256), so every document a dumped row names is in the
 * copy. The manifest ({@link BackupManifest}) has the rows of every table as the dump has them and the
 * SHA-256 of every document. Needs Debian's {@code mariadb-client} ({@code mariadb-dump}, {@code mariadb}).
 */
public final class DatabaseBackup {

    /** The dump file of a backup. */
    public static final String DUMP = "database.sql";

    /** The folder of a backup that holds the documents, laid out as the store ({@code ab/abcd…}). */
    public static final String DOCUMENTS = "documents";

    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:(?:mysql|mariadb)://([^:/?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");
    private static final Pattern DEFINER = Pattern.compile("DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*`\\s*");

    /** A database on a MariaDB (or MySQL) server, as the app's JDBC URL names it. */
    public record Database(String host, int port, String name, String parameters, String user, String password) {

        public static Database ofJdbcUrl(String url, String user, String password) {
            Matcher m = JDBC_URL.matcher(url);
            if (!m.matches() || m.group(3).isEmpty()) {
                throw new IllegalArgumentException("not a MariaDB JDBC URL with a database: " + url);
            }
            return new Database(
                    m.group(1),
                    m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
                    m.group(3),
                    m.group(4) == null ? "" : m.group(4),
                    user,
                    password == null ? "" : password);
        }

        /** Another database on the same server. */
        public Database named(String otherName) {
            if (!otherName.matches("[A-Za-z0-9_]{1,64}")) {
                throw new IllegalArgumentException("a database name of letters, digits and _: " + otherName);
            }
            return new Database(host, port, otherName, parameters, user, password);
        }

        public String jdbcUrl() {
            return "jdbc:mysql://" + host + ":" + port + "/" + name + parameters;
        }

        String serverUrl() {
            return "jdbc:mysql://" + host + ":" + port + "/" + parameters;
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user, password);
        }

        /** A client command line, the password passed in the environment rather than the arguments. */
        ProcessBuilder client(String program, String... arguments) {
            List<String> command = new ArrayList<>(List.of(
                    program,
                    "--host=" + host,
                    "--port=" + port,
                    "--protocol=TCP",
                    "--user=" + user,
                    "--default-character-set=utf8mb4"));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("MYSQL_PWD", password);
            return builder;
        }
    }

    private DatabaseBackup() {}

    /**
     * Dumps {@code db} into {@code out/database.sql}, then copies the documents of {@code store} into {@code
     * out/documents}, and writes the manifest. {@code out} must not exist or be empty.
     */
    public static BackupManifest backup(Database db, Path store, Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> existing = Files.list(out)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException("the backup folder is not empty: " + out);
            }
        }
        Path dump = out.resolve(DUMP);
        Path errors = out.resolve("mariadb-dump.err");
        Process process = db.client(
                        "mariadb-dump",
                        "--single-transaction",
                        "--quick",
                        "--routines",
                        "--triggers",
                        "--hex-blob",
                        "--no-tablespaces",
                        "--skip-dump-date",
                        db.name())
                .redirectError(errors.toFile())
                .start();
        process.getOutputStream().close();
        DumpRows rows = new DumpRows();
        MessageDigest sha = BackupDocuments.sha256();
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer file = new BufferedWriter(new OutputStreamWriter(
                        new DigestOutputStream(Files.newOutputStream(dump), sha), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.line(line);
                file.write(line);
                file.write('\n');
            }
        }
        waitFor(process, "mariadb-dump", errors);
        Files.deleteIfExists(errors);
        if (rows.rows().isEmpty()) {
            throw new IllegalStateException("the dump of " + db.name() + " has no table");
        }
        Map<String, Long> documents = BackupDocuments.copy(store, out.resolve(DOCUMENTS));
        BackupManifest manifest = new BackupManifest(HexFormat.of().formatHex(sha.digest()), rows.rows(), documents);
        manifest.write(out);
        return manifest;
    }

    /**
     * Restores a backup into {@code target}, a database that must be empty (created when it does not exist; a
     * database administrator may create it beforehand and grant it to a restoring user without the right to
     * create databases), and its
     * documents into {@code store}. The dump is fed to the {@code mariadb} client as it is, less its
     * DEFINER clauses (the restoring user owns the triggers); each table's rows are inserted before its
     * triggers are created, so the append-only triggers of the audit tables see only a fresh table.
     */
    public static void restore(Path backup, Database target, Path store) throws IOException, SQLException {
        BackupManifest manifest = BackupManifest.read(backup);
        Path dump = backup.resolve(DUMP);
        if (!manifest.dumpSha256().equals(BackupDocuments.sha256Of(dump))) {
            throw new IllegalStateException("the dump does not match the SHA-256 of its manifest: " + dump);
        }
        try (Connection server = DriverManager.getConnection(target.serverUrl(), target.user(), target.password());
                Statement sql = server.createStatement()) {
            sql.executeUpdate("CREATE DATABASE IF NOT EXISTS `" + target.name() + "` CHARACTER SET utf8mb4 COLLATE "
                    + SqlText.COLLATION);
            try (var count =
                    server.prepareStatement("select count(*) from information_schema.tables where table_schema = ?")) {
                count.setString(1, target.name());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("the database " + target.name()
                                + " is not empty: a backup is restored only into an empty database");
                    }
                }
            }
        }
        Path errors = Files.createTempFile("mariadb-restore", ".err");
        try {
            Process process = target.client("mariadb", "--batch", target.name())
                    .redirectError(errors.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
                    Writer client = new BufferedWriter(
                            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    client.write(
                            line.contains("DEFINER=") ? DEFINER.matcher(line).replaceAll("") : line);
                    client.write('\n');
                }
            }
            waitFor(process, "mariadb", errors);
        } finally {
            Files.deleteIfExists(errors);
        }
        BackupDocuments.copy(backup.resolve(DOCUMENTS), store);
    }

    /**
     * What does not match between a backup and a restored database with its store: empty when the schema
     * validates against the app's migrations, every table has the rows of the manifest (and no table is
     * extra), every document is there with its SHA-256 and size, every document row has its file, and the
     * sealed record verifies ({@link ChainVerifier}).
     */
    public static List<String> verify(Path backup, Database target, Path store) throws IOException, SQLException {
        BackupManifest manifest = BackupManifest.read(backup);
        List<String> problems = new ArrayList<>();
        try {
            Flyway.configure(DatabaseBackup.class.getClassLoader())
                    .dataSource(target.jdbcUrl(), target.user(), target.password())
                    .locations("classpath:db/migration")
                    .load()
                    .validate();
        } catch (RuntimeException e) {
            problems.add("Flyway validate: " + e.getMessage());
        }
        try (Connection db = target.connect();
                Statement sql = db.createStatement()) {
            Map<String, Long> counted = new TreeMap<>();
            try (ResultSet tables =
                    sql.executeQuery("select table_name from information_schema.tables where table_schema = database()"
                            + " and table_type = 'BASE TABLE'")) {
                while (tables.next()) {
                    counted.put(tables.getString(1), null);
                }
            }
            for (String table : counted.keySet()) {
                try (ResultSet count = sql.executeQuery("select count(*) from `" + table.replace("`", "``") + "`")) {
                    count.next();
                    counted.put(table, count.getLong(1));
                }
            }
            manifest.tableRows().forEach((table, rows) -> {
                Long found = counted.get(table);
                if (!rows.equals(found)) {
                    problems.add("table " + table + ": " + rows + " rows in the backup, " + found + " restored");
                }
            });
            counted.keySet().stream()
                    .filter(t -> !manifest.tableRows().containsKey(t))
                    .forEach(t -> problems.add("table " + t + " is not in the backup"));
            try (ResultSet names = sql.executeQuery(
                    "select sha256 from application_document union select sha256 from decision_copy")) {
                while (names.next()) {
                    String name = names.getString(1);
                    if (!manifest.documents().containsKey(name)) {
                        problems.add("document " + name + " of a row is not in the backup");
                    }
                }
            }
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setAutoCommit(false);
            ChainReport chain = new ChainVerifier(db).verify(CheckpointFiles.none());
            db.rollback();
            chain.findings().forEach(f -> problems.add("sealed record: " + f));
        }
        manifest.documents().forEach((name, size) -> {
            Path file = BackupDocuments.path(store, name);
            try {
                if (!Files.isRegularFile(file)) {
                    problems.add("document " + name + " missing");
                } else if (Files.size(file) != size
                        || !BackupDocuments.sha256Of(file).equals(name)) {
                    problems.add("document " + name + " differs from the backup");
                }
            } catch (IOException e) {
                problems.add("document " + name + " unreadable: " + e.getMessage());
            }
        });
        return problems;
    }

    private static void waitFor(Process process, String program, Path errors) throws IOException {
        try {
            if (!process.waitFor(6, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(program + " interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(errors, StandardCharsets.UTF_8).strip());
        }
    }
}
