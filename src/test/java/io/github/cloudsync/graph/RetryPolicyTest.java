package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one throttling rule: 429, 503 and 504 mean Graph is busy; no other status does. */
class RetryPolicyTest {
    @ParameterizedTest
    @CsvSource({"429,true", "503,true", "504,true", "500,false", "502,false", "404,false", "401,false", "0,false"})
    void throttledStatuses(int status, boolean throttled) {
        assertThat(RetryPolicy.throttled(status)).isEqualTo(throttled);
    }
}
