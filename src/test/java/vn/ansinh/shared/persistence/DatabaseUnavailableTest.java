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
}
