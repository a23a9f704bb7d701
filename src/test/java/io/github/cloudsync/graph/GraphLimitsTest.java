package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.UsageException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits on Graph's answers: their defaults, and the environment variables that change them. */
class GraphLimitsTest {
    @Test
    void withoutVariablesTheDefaultsHold() {
        assertThat(GraphLimits.fromEnvironment(Map.of("CLOUDSYNC_GRAPH_TIMEOUT", " ")))
                .isEqualTo(new GraphLimits(32L * 1024 * 1024, Duration.ofSeconds(100), 200, Duration.ofMinutes(10)));
    }

    @Test
    void eachVariableChangesItsLimit() {
        GraphLimits limits = GraphLimits.fromEnvironment(Map.of(
                "CLOUDSYNC_GRAPH_MAX_BODY_MB", "64",
                "CLOUDSYNC_GRAPH_TIMEOUT", "300",
                "CLOUDSYNC_GRAPH_MAX_PAGES", "1000",
                "CLOUDSYNC_GRAPH_PAGING_TIMEOUT", " 3600 "));

        assertThat(limits)
                .isEqualTo(new GraphLimits(64L * 1024 * 1024, Duration.ofMinutes(5), 1000, Duration.ofHours(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "4097", "1.5", "32MB", "99999999999999999999"})
    void aBodyLimitThatIsNotAWholeNumberInRangeIsAUsageError(String value) {
        assertThatThrownBy(() -> GraphLimits.fromEnvironment(Map.of("CLOUDSYNC_GRAPH_MAX_BODY_MB", value)))
                .isInstanceOf(UsageException.class)
                .hasMessage("CLOUDSYNC_GRAPH_MAX_BODY_MB is '" + value + "', not a whole number from 1 to 4096");
    }
}
