package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The formats import checks against are the packaged schema's, and the schema's default is the model's. */
class ProfileFormatsTest {
    @Test
    void patternsAndRangeComeFromTheSchema() {
        assertThat(ProfileFormats.domain("corp.contoso.com")).isTrue();
        assertThat(ProfileFormats.domain("contoso")).isFalse();
        assertThat(ProfileFormats.recipient("ops@contoso.com")).isTrue();
        assertThat(ProfileFormats.recipient("a@contoso.com;b@contoso.com")).isFalse();
        assertThat(ProfileFormats.thresholdMinimum()).isEqualTo(1);
        assertThat(ProfileFormats.thresholdMaximum()).isEqualTo(100_000);
        assertThat(ProfileFormats.schemaId()).isEqualTo("https://cloudsync.github.io/schemas/profile.v1.schema.json");
    }

    @Test
    void theSchemasThresholdDefaultIsGraphsDefault() {
        assertThat(JsonMapper.shared()
                        .readTree(SchemaCheck.packagedSchema())
                        .at("/properties/configuration/properties/accidentalDeletes/properties/threshold/default")
                        .intValue())
                .isEqualTo(AccidentalDeletes.DEFAULT.threshold());
    }
}
