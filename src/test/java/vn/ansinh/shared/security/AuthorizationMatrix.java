package vn.ansinh.shared.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authorization matrix as checked in ({@code src/docs/authorization-matrix.md}): every page and every command,
 * each as every role in every scope, with the expected answer. The tests read it from here and nowhere else:
 * {@code AuthorizationMatrixTest} (every page and command of the code has its rows, every row names one that
 * exists, the pages agree with {@code web.xml}), {@code PagesMatrixIT} (each page cell over HTTP against the running
 * stack) and {@code CommandsMatrixIT} (each command cell through the command engine on the real database).
 *
 * <p>The file is Markdown for the person who reviews access rights: a table under the heading {@code ## Pages} and one
 * under {@code ## Commands}, whose first column names the page ({@code `/path?param={placeholder}`}) or the command
 * ({@code `SimpleClassName`}), second column the {@link Scope}, then one column per {@link #ROLES role}.
 */
public record AuthorizationMatrix(List<Row> pages, List<Row> commands) {

    /** The checked-in file, relative to the project directory (where Maven runs the tests). */
    public static final Path FILE = Path.of("src/docs/authorization-matrix.md");

    /** The role columns of the pages, in the file's order. */
    public static final List<String> ROLES =
            List.of("anonymous", "officer", "approver", "chairman", "auditor", "admin");

    /** The role columns of the commands (a command always has an actor). */
    public static final List<String> COMMAND_ROLES = ROLES.subList(1, ROLES.size());

    /** The answer of a cell that has no actor (no demo user holds that role in that scope). */
    public static final String NONE = "—";

    /** Where the record (or the unit a command acts on) stands relative to the actor. */
    public enum Scope {
        /** No record: a page without an id, a command on national data. */
        NONE("—"),
        /** A record of the actor's own commune. */
        OWN("own"),
        /** A record of a commune below the actor's unit (a province or the country). */
        BELOW("below"),
        /** A record of a commune in another province. */
        OTHER("other province"),
        /** The actor's unit was abolished (the former Tuần Giáo district, 099); the record is of its former commune. */
        ABOLISHED("abolished unit");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Scope of(String label) {
            return Arrays.stream(values())
                    .filter(s -> s.label.equals(label))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scope '" + label + "'"));
        }
    }

    /** One row: a page or command, a scope, and the answer for each role (cell text, {@link #NONE} when no actor). */
    public record Row(String subject, Scope scope, Map<String, String> answers) {

        public String answer(String role) {
            return answers.get(role);
        }
    }

    public static AuthorizationMatrix read() {
        try {
            return parse(Files.readString(FILE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the authorization matrix " + FILE.toAbsolutePath() + " is missing", e);
        }
    }

    static AuthorizationMatrix parse(String markdown) {
        return new AuthorizationMatrix(table(markdown, "## Pages"), table(markdown, "## Commands"));
    }

    private static List<Row> table(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int at = lines.indexOf(heading);
        if (at < 0) {
            throw new IllegalArgumentException("the matrix has no heading '" + heading + "'");
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                if (header != null) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                if (!ROLES.containsAll(header.subList(2, header.size()))) {
                    throw new IllegalArgumentException(heading + ": the role columns must be among " + ROLES + ", are "
                            + header.subList(2, header.size()));
                }
                continue;
            }
            if (cells.get(0).startsWith("---") || cells.get(0).startsWith(":--")) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(heading + ": row has " + cells.size() + " cells: " + line);
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (int c = 2; c < cells.size(); c++) {
                answers.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(cells.get(0).replace("`", ""), Scope.of(cells.get(1)), answers));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the table under '" + heading + "' is empty");
        }
        return List.copyOf(rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    /** Every page of the app: each {@code .xhtml} under {@code src/main/webapp} outside {@code WEB-INF} (templates, tags). */
    public static List<String> pagesOfTheCode() {
        Path root = Path.of("src/main/webapp");
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every command of the app: each concrete class of the main code (target/classes) implementing {@link vn.ansinh.shared.command.Command}. */
    public static List<Class<?>> commandsOfTheCode() {
        Path classes = Path.of("target/classes");
        try (var files = Files.walk(classes)) {
            return files.map(p -> classes.relativize(p).toString())
                    .filter(name -> name.endsWith(".class") && name.startsWith("vn"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .<Class<?>>map(AuthorizationMatrix::load)
                    .filter(c -> vn.ansinh.shared.command.Command.class.isAssignableFrom(c))
                    .filter(c -> !c.isInterface() && !java.lang.reflect.Modifier.isAbstract(c.getModifiers()))
                    .sorted(java.util.Comparator.comparing(Class::getSimpleName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AuthorizationMatrix.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of a page row without its query ({@code /registry/person.xhtml?id={person}} is {@code /registry/person.xhtml}). */
    public static String pageOf(Row row) {
        int query = row.subject().indexOf('?');
        return query < 0 ? row.subject() : row.subject().substring(0, query);
    }

    /** The rows as the file writes them (for a test to print what it found, ready to paste after review). */
    public static String render(String firstColumn, List<String> roles, List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| ")
                .append(firstColumn)
                .append(" | Scope | ")
                .append(String.join(" | ", roles))
                .append(" |\n");
        out.append("|---|---|")
                .append(roles.stream().map(r -> "---").collect(Collectors.joining("|")))
                .append("|\n");
        for (Row row : rows) {
            out.append("| `")
                    .append(row.subject())
                    .append("` | ")
                    .append(row.scope().label())
                    .append(" | ")
                    .append(roles.stream()
                            .map(r -> row.answers().getOrDefault(r, NONE))
                            .collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return out.toString();
    }
}
