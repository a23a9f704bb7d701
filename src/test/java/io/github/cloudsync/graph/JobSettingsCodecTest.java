package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.JobSettings;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's synchronizationJobSettings (keyValuePair name/value) read by the settings seam: the delete threshold as real
 * jobs carry it ({@code "500"}, docs/graph.md section 16.4), anything else skipped.
 */
class JobSettingsCodecTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "[{\"name\":\"Domain\",\"value\":\"{}\"},{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\"500\"}]|500",
                "[{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\" 50 \"}]|50",
                "[{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\"50\"},{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\"7\"}]|50",
                "[{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\"-1\"}]|none",
                "[{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":\"many\"}]|none",
                "[{\"name\":\"QuarantineTooManyDeletesThreshold\",\"value\":500}]|none",
                "[{\"name\":\"quarantinetoomanydeletesthreshold\",\"value\":\"500\"}]|none",
                "[]|none",
                "null|none"
            })
    void readsTheDeleteThreshold(String json, Integer expected) {
        JobSettings settings = JobSettingsCodec.read(JsonMapper.shared().readTree(json));

        assertThat(settings.deleteThreshold()).isEqualTo(Optional.ofNullable(expected));
    }
}
