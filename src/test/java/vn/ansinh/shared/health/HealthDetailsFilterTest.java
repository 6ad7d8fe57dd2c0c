package vn.ansinh.shared.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthDetailsFilterTest {

    @Test
    void anonymousReportsKeepStatusAndNamesButNoData() {
        String report = """
                {"status":"DOWN","checks":[{"name":"ansinh","status":"UP","data":{"heapUsedPercent":"20"}},
                {"name":"database","status":"DOWN","data":{"error":"Access denied for user 'ansinh'@'10.0.0.5'"}}]}""";

        String reduced = new String(
                HealthDetailsFilter.withoutDetails(report.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        assertThat(reduced)
                .isEqualTo("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"ansinh\",\"status\":\"UP\"},"
                        + "{\"name\":\"database\",\"status\":\"DOWN\"}]}");
    }

    @Test
    void onlyTheConfiguredTokenOfSixteenCharactersOrMoreShowsDetails() {
        HealthDetailsFilter filter = new HealthDetailsFilter();
        filter.operatorToken = Optional.of("operators-token-123");

        assertThat(filter.isOperator("Bearer operators-token-123")).isTrue();
        assertThat(filter.isOperator("Bearer operators-token-124")).isFalse();
        assertThat(filter.isOperator("Basic operators-token-123")).isFalse();
        assertThat(filter.isOperator(null)).isFalse();

        filter.operatorToken = Optional.of("short");
        assertThat(filter.isOperator("Bearer short")).isFalse();
        filter.operatorToken = Optional.empty();
        assertThat(filter.isOperator("Bearer ")).isFalse();
    }
}
