package vn.ansinh.devstack;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import vn.ansinh.registry.application.AdminUnitTree;
import vn.ansinh.shared.command.Command;
import vn.ansinh.shared.command.CommandRunner;
import vn.ansinh.shared.command.DenialLog;
import vn.ansinh.shared.security.Actor;

/**
 * Runs the application's commands outside the container, as a given person at a given instant (a
 * fixed clock), each in its own resource-local transaction: for demo data and data-layer tests.
 */
public final class CommandsOnDay {

    private final EntityManager em;
    private final AdminUnitTree units;
    private final DenialLog denials;

    public CommandsOnDay(EntityManager em, AdminUnitTree units, DenialLog denials) {
        this.em = em;
        this.units = units;
        this.denials = denials;
    }

    public <R> R run(Actor actor, String instant, Supplier<Command<R>> command) {
        CommandRunner runner =
                new CommandRunner(em, units::covers, denials, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        return Transactions.inTransaction(em, () -> runner.run(actor, command.get()));
    }
}
