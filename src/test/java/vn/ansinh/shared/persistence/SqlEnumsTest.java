package vn.ansinh.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class SqlEnumsTest {

    @Test
    void aRuleBecomesTheListOfTheValuesItAcceptsInDeclarationOrder() {
        assertThat(SqlEnums.list(DayOfWeek.class, d -> d == DayOfWeek.SUNDAY || d == DayOfWeek.SATURDAY))
                .isEqualTo("'SATURDAY', 'SUNDAY'");
        assertThat(SqlEnums.literal(DayOfWeek.MONDAY)).isEqualTo("'MONDAY'");
    }

    @Test
    void aRuleNoValueSatisfiesIsRefusedSinceInOfNothingIsNotSql() {
        assertThatThrownBy(() -> SqlEnums.list(DayOfWeek.class, d -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DayOfWeek");
    }
}
