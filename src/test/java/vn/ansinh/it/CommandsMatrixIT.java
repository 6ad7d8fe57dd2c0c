package vn.ansinh.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ansinh.devstack.Transactions;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.registry.domain.AdminUnit;
import vn.ansinh.registry.domain.Residence;
import vn.ansinh.shared.command.AccessDeniedException;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.kernel.AdminUnitCode;
import vn.ansinh.shared.security.AuthorizationMatrix;
import vn.ansinh.shared.security.AuthorizationMatrix.Row;
import vn.ansinh.shared.security.AuthorizationMatrix.Scope;

/**
 * The commands table of the authorization matrix ({@code src/docs/authorization-matrix.md}), cell by cell, through
 * the command engine's own runner ({@link CommandRunner}, the code {@code CommandEngine} runs in the container) on
 * the real database with the real list of administrative units: each command of the code, as each role in each
 * scope ({@link MatrixCast}), on a command naming the commune of that scope. An allowed cell is one the engine
 * permits ({@link CommandRunner#permits}, the check {@code run} makes before the command's body); a refused cell is
 * run and must be refused by that check (one of its three reasons: role, abolished unit, unit) with its DENIED audit
 * row written, and nothing else. The command's body is not run: the business rules inside it (maker-checker, the
 * level of an approver, a record's own commune) are tested with each command.
 *
 * <p>On a difference the test writes the table it found to {@code target/authorization-matrix-commands.md}.
 */
class CommandsMatrixIT {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final Set<String> ENGINE_REFUSALS =
            Set.of("error.access.role", "error.access.unitAbolished", "error.access.unit");

    private final MigratedDatabase db = MigratedDatabase.get();
    private EntityManager em;
    private AdminUnitTree units;
    private CommandRunner runner;

    @BeforeEach
    void open() {
        em = db.emf().createEntityManager();
        units = AdminUnitTree.of(
                em.createQuery("select u from AdminUnit u", AdminUnit.class).getResultList());
        runner = new CommandRunner(
                em, units::covers, Transactions.denialsInOwnTransaction(db.emf()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        Transactions.rollbackIfActive(em);
        em.close();
    }

    @Test
    void everyCommandAnswersEveryRoleInEveryScopeAsTheMatrixSays() throws IOException {
        Map<String, Row> expected = new LinkedHashMap<>();
        for (Row row : AuthorizationMatrix.read().commands()) {
            expected.put(row.subject() + " @ " + row.scope().label(), row);
        }
        List<Row> found = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (Variant variant : AuthorizationMatrix.commandsOfTheCode().stream()
                .flatMap(type -> variants(type).stream())
                .toList()) {
            AdminUnitCode acted = variant.on(MatrixCast.TUAN_GIAO).unit();
            boolean national = !acted.equals(MatrixCast.TUAN_GIAO);
            assertThat(acted)
                    .as(variant.name() + " acts on the commune it names or on the country")
                    .isIn(MatrixCast.TUAN_GIAO, AdminUnitCode.NATIONAL);
            List<Scope> scopes =
                    national ? List.of(Scope.NONE) : List.of(Scope.OWN, Scope.BELOW, Scope.OTHER, Scope.ABOLISHED);
            for (Scope scope : scopes) {
                Map<String, String> answers = new LinkedHashMap<>();
                for (String role : AuthorizationMatrix.COMMAND_ROLES) {
                    answers.put(role, answer(variant, role, scope));
                }
                Row actual = new Row(variant.name(), scope, answers);
                found.add(actual);
                Row wanted = expected.remove(actual.subject() + " @ " + scope.label());
                if (wanted == null) {
                    differences.add(actual.subject() + " @ " + scope.label() + ": no row in the matrix");
                } else if (!wanted.answers().equals(answers)) {
                    differences.add(actual.subject() + " @ " + scope.label() + ": the matrix says " + wanted.answers()
                            + ", the engine answers " + answers);
                }
            }
        }
        expected.keySet().forEach(row -> differences.add(row + ": in the matrix, but no such command and scope"));
        if (!differences.isEmpty()) {
            Files.writeString(
                    Path.of("target/authorization-matrix-commands.md"),
                    AuthorizationMatrix.render("Command", AuthorizationMatrix.COMMAND_ROLES, found),
                    StandardCharsets.UTF_8);
        }
        assertThat(found).hasSizeGreaterThan(100);
        assertThat(differences)
                .as("cells where the engine and the matrix differ (found: target/authorization-matrix-commands.md)")
                .isEmpty();
    }

    /** The engine's answer for the role in the scope: allowed, refused (with its DENIED row), or — (no actor). */
    private String answer(Variant variant, String role, Scope scope) {
        Optional<MatrixCast.Cast> cast = MatrixCast.forCommands(role, scope);
        if (cast.isEmpty()) {
            return AuthorizationMatrix.NONE;
        }
        Command<?> command = variant.on(
                scope == Scope.NONE ? MatrixCast.TUAN_GIAO : cast.get().recordCommune());
        if (runner.permits(cast.get().actor(), command)) {
            return "allowed";
        }
        long denialsBefore = denials(cast.get(), command);
        try {
            Transactions.inTransaction(em, () -> runner.run(cast.get().actor(), command));
            throw new AssertionError(variant.name() + " ran for " + role + " @ " + scope + " though not permitted");
        } catch (AccessDeniedException refused) {
            assertThat(refused.messageKey())
                    .as(variant.name() + " refused by the engine's check")
                    .isIn(ENGINE_REFUSALS);
        }
        assertThat(denials(cast.get(), command))
                .as("the DENIED audit row of " + variant.name() + " for " + role + " @ " + scope)
                .isEqualTo(denialsBefore + 1);
        return "refused";
    }

    private long denials(MatrixCast.Cast cast, Command<?> command) {
        return db.jdbc()
                .countOf(
                        "select count(*) from audit_record where actor = ? and action = ? and unit_code = ?"
                                + " and outcome = 'DENIED'",
                        cast.actor().username(),
                        command.action(),
                        command.unit().value());
    }

    /**
     * A command class as the matrix lists it: the class, or one row per value of the enum argument that decides who
     * may run it ({@code CaseTransitionCommand(WITHDRAW)}: each transition names its roles).
     */
    record Variant(String name, java.util.function.Function<AdminUnitCode, Command<?>> build) {
        Command<?> on(AdminUnitCode commune) {
            return build.apply(commune);
        }
    }

    private List<Variant> variants(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new AssertionError(type.getName() + " is not a record: teach CommandsMatrixIT to build it");
        }
        Object[] defaults = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            defaults[i] = argument(components[i].getType(), MatrixCast.TUAN_GIAO);
        }
        // an enum argument's first value the constructor accepts
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isEnum()) {
                for (Object value : components[i].getType().getEnumConstants()) {
                    defaults[i] = value;
                    if (build(type, defaults, MatrixCast.TUAN_GIAO).isPresent()) {
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < components.length; i++) {
            if (!components[i].getType().isEnum()) {
                continue;
            }
            Map<Object, Set<?>> roles = new LinkedHashMap<>();
            for (Object value : components[i].getType().getEnumConstants()) {
                Object[] arguments = defaults.clone();
                arguments[i] = value;
                build(type, arguments, MatrixCast.TUAN_GIAO)
                        .ifPresent(command -> roles.put(value, command.permittedRoles()));
            }
            if (new java.util.HashSet<>(roles.values()).size() > 1) {
                int at = i;
                return roles.keySet().stream()
                        .map(value -> {
                            Object[] arguments = defaults.clone();
                            arguments[at] = value;
                            return new Variant(
                                    type.getSimpleName() + "(" + ((Enum<?>) value).name() + ")",
                                    commune -> build(type, arguments, commune).orElseThrow());
                        })
                        .toList();
            }
        }
        if (build(type, defaults, MatrixCast.TUAN_GIAO).isEmpty()) {
            throw new AssertionError("cannot build " + type.getSimpleName() + " for the matrix");
        }
        return List.of(new Variant(
                type.getSimpleName(), commune -> build(type, defaults, commune).orElseThrow()));
    }

    /**
     * The command with these arguments on the commune (every unit code the commune, every residence in it; the other
     * arguments plain values the check does not read, the body never runs), or empty when the constructor refuses.
     */
    private Optional<Command<?>> build(Class<?> type, Object[] template, AdminUnitCode commune) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = types[i] == AdminUnitCode.class || types[i] == Residence.class
                    ? argument(types[i], commune)
                    : template[i];
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return Optional.of((Command<?>) constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException) {
                return Optional.empty();
            }
            throw new AssertionError("cannot build " + type.getSimpleName() + " for the matrix", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build " + type.getSimpleName() + " for the matrix", e);
        }
    }

    private Object argument(Class<?> type, AdminUnitCode commune) {
        if (type == AdminUnitCode.class) {
            return commune;
        }
        if (type == AdminUnitTree.class) {
            return units;
        }
        if (type == Residence.class) {
            AdminUnit unit = units.currentCommune(commune).orElseThrow();
            return Residence.of(unit, units.parentOf(unit).orElseThrow());
        }
        if (type == Long.class || type == long.class) {
            return 1L;
        }
        if (type == Integer.class || type == int.class) {
            return 2026;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == String.class) {
            return "matrix";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 1);
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2026, 12);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
