package vn.ansinh.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionDeepInTheChainIsTheDatabaseBeingAway() {
        SQLException lost = new SQLException("Communications link failure", "08S01");
        assertThat(DatabaseUnavailable.causes(new PersistenceException(new RuntimeException(lost))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causes(new RuntimeException(
                        "Error in allocating a connection. Cause: Connection could not be allocated")))
                .isTrue();
    }

    @Test
    void aRefusedStatementOrAnOrdinaryBugIsNot() {
        assertThat(DatabaseUnavailable.causes(
                        new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causes(new NullPointerException())).isFalse();
    }

    @Test
    void theLinkLostWhileCommittingIsAnUncertainOutcomeNotARefusal() {
        // as Payara reports it: TransactionalException > SystemException > XAException naming the link failure
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException(
                "jakarta.resource.spi.LocalTransactionException: Communications link failure");
        jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
        system.initCause(xa);
        RuntimeException atCommit = new jakarta.transaction.TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit",
                system);

        assertThat(DatabaseUnavailable.lostAtCommit(atCommit)).isTrue();
        assertThat(DatabaseUnavailable.lostAtCommit(new PersistenceException(new ConnectException("refused"))))
                .as("a connection refused before anything was sent is no commit")
                .isFalse();
        jakarta.transaction.SystemException otherCommitFailure = new jakarta.transaction.SystemException("heuristic");
        assertThat(DatabaseUnavailable.lostAtCommit(new RuntimeException(otherCommitFailure)))
                .as("a commit failing for another reason")
                .isFalse();
    }

    @Test
    void thePoolsOwnRaceWhileDroppingDeadConnectionsIsTheDatabaseBeingAwayAnotherIllegalStateIsNot() {
        IllegalStateException race = new IllegalStateException("Task already scheduled or cancelled");
        race.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Timer", "sched", "Timer.java", 413),
            new StackTraceElement(
                    "com.sun.enterprise.resource.pool.ConnectionPool",
                    "scheduleResizerTask",
                    "ConnectionPool.java",
                    271),
            new StackTraceElement(
                    "com.sun.enterprise.resource.pool.ConnectionPool",
                    "doFailAllConnectionsProcessing",
                    "ConnectionPool.java",
                    1170)
        });
        assertThat(DatabaseUnavailable.causes(new PersistenceException(race))).isTrue();

        IllegalStateException bug = new IllegalStateException("Task already scheduled or cancelled");
        assertThat(DatabaseUnavailable.causes(new PersistenceException(bug)))
                .as("the same message thrown elsewhere")
                .isFalse();
    }
}
