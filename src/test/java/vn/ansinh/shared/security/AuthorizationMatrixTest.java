package vn.ansinh.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ansinh.shared.security.AuthorizationMatrix.Row;
import vn.ansinh.shared.security.AuthorizationMatrix.Scope;

/**
 * The authorization matrix ({@code src/docs/authorization-matrix.md}) covers the code, and nothing else: every page
 * (each {@code .xhtml} outside {@code WEB-INF}) and every command (each concrete class implementing {@code Command})
 * has its rows, each row names a page or command that exists, each has its scopes, and each cell is an answer the
 * table's legend defines. Its pages agree with the security constraints of {@code web.xml}: a role the constraint
 * of a page's path leaves out answers 403 there, an anonymous visitor is sent to the login except on public paths.
 * {@code PagesMatrixIT} and {@code CommandsMatrixIT} check each cell against the running app and the engine.
 */
class AuthorizationMatrixTest {

    private static final Set<String> PAGE_ANSWERS =
            Set.of("200", "403", "404", "login", "home", AuthorizationMatrix.NONE);
    private static final Set<String> COMMAND_ANSWERS = Set.of("allowed", "refused", AuthorizationMatrix.NONE);
    /** The container roles each role column holds (the chairman of a small commune registers and approves). */
    private static final Map<String, Set<String>> CONTAINER_ROLES = Map.of(
            "anonymous", Set.of(),
            "officer", Set.of("commune-officer"),
            "approver", Set.of("approver"),
            "chairman", Set.of("commune-officer", "approver"),
            "auditor", Set.of("auditor"),
            "admin", Set.of("admin"));

    private final AuthorizationMatrix matrix = AuthorizationMatrix.read();

    @Test
    void everyPageOfTheCodeHasItsRowsAndEveryRowNamesAPageThatExists() {
        Set<String> inTheTable =
                matrix.pages().stream().map(AuthorizationMatrix::pageOf).collect(Collectors.toCollection(TreeSet::new));

        assertThat(AuthorizationMatrix.pagesOfTheCode())
                .as("pages under src/main/webapp")
                .hasSizeGreaterThan(30);
        assertThat(inTheTable)
                .as("the pages of the matrix are exactly the pages of src/main/webapp")
                .containsExactlyInAnyOrderElementsOf(AuthorizationMatrix.pagesOfTheCode());
    }

    @Test
    void everyCommandOfTheCodeHasItsRowsAndEveryRowNamesACommandThatExists() {
        Set<String> inTheCode = AuthorizationMatrix.commandsOfTheCode().stream()
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inTheTable = matrix.commands().stream()
                .map(row -> row.subject().replaceAll("\\(.*\\)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(inTheCode).as("command classes").hasSizeGreaterThan(50).allMatch(name -> !name.isEmpty());
        assertThat(inTheTable)
                .as("the commands of the matrix are exactly the classes implementing Command")
                .containsExactlyInAnyOrderElementsOf(inTheCode);
    }

    @Test
    void everyRowHasItsScopesOnceAndOnlyAnswersOfTheLegend() {
        List<String> problems = new ArrayList<>();
        check(matrix.pages(), PAGE_ANSWERS, problems);
        check(matrix.commands(), COMMAND_ANSWERS, problems);
        assertThat(problems).isEmpty();
    }

    private static void check(List<Row> rows, Set<String> answers, List<String> problems) {
        Map<String, List<Scope>> scopes = new LinkedHashMap<>();
        for (Row row : rows) {
            scopes.computeIfAbsent(row.subject(), s -> new ArrayList<>()).add(row.scope());
            row.answers().forEach((role, answer) -> {
                if (!answers.contains(answer)) {
                    problems.add(row.subject() + " @ " + row.scope().label() + " " + role + ": '" + answer + "'");
                }
            });
        }
        List<Scope> record = List.of(Scope.OWN, Scope.BELOW, Scope.OTHER, Scope.ABOLISHED);
        scopes.forEach((subject, listed) -> {
            if (!listed.equals(List.of(Scope.NONE)) && !listed.equals(record)) {
                problems.add(subject + ": scopes " + listed + ", either — alone or " + record + " in this order");
            }
        });
    }

    @Test
    void thePagesAgreeWithTheSecurityConstraintsOfWebXml() throws Exception {
        List<Constraint> constraints = constraints();
        List<String> problems = new ArrayList<>();
        for (Row row : matrix.pages()) {
            String path = AuthorizationMatrix.pageOf(row);
            Constraint constraint = constraints.stream()
                    .filter(c -> c.matches(path))
                    .max(Comparator.comparingInt(c -> c.pattern().length()))
                    .orElseThrow(() -> new AssertionError(path + " is under no security constraint"));
            row.answers().forEach((role, answer) -> {
                if (answer.equals(AuthorizationMatrix.NONE)) {
                    return;
                }
                String wanted;
                if (constraint.roles() == null) {
                    wanted = null; // public: the page decides (200 for the error pages)
                } else if (role.equals("anonymous")) {
                    wanted = "login";
                } else if (constraint.roles().contains("**")
                        || constraint.roles().stream().anyMatch(CONTAINER_ROLES.get(role)::contains)) {
                    wanted = null; // the container lets the role in; the page may still answer 403 or 404
                } else {
                    wanted = "403";
                }
                if (wanted != null && !wanted.equals(answer)) {
                    problems.add(row.subject() + " @ " + row.scope().label() + " " + role + ": the matrix says "
                            + answer + ", web.xml (" + constraint.pattern() + ") " + wanted);
                }
                if (wanted == null && answer.equals("login")) {
                    problems.add(row.subject() + " " + role + ": login on a path web.xml leaves open");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    /** A security constraint of web.xml: one URL pattern and its roles (null for a public one, {@code **} any user). */
    record Constraint(String pattern, Set<String> roles) {
        boolean matches(String path) {
            return pattern.endsWith("/*")
                    ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern);
        }
    }

    private static List<Constraint> constraints() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        List<Constraint> constraints = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "security-constraint");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element constraint = (Element) nodes.item(i);
            NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
            Set<String> roles = null;
            if (auth.getLength() > 0) {
                roles = new TreeSet<>();
                NodeList names = ((Element) auth.item(0)).getElementsByTagNameNS("*", "role-name");
                for (int r = 0; r < names.getLength(); r++) {
                    roles.add(names.item(r).getTextContent().strip());
                }
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int p = 0; p < patterns.getLength(); p++) {
                constraints.add(new Constraint(patterns.item(p).getTextContent().strip(), roles));
            }
        }
        return constraints;
    }
}
