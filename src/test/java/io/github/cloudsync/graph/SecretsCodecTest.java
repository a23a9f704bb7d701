package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graph's text for each owned value (docs/graph.md section 6.1), written and read back. */
class SecretsCodecTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "true|{\"appKeyScenario\":\"AD2AADPasswordHash\"}",
                "false|{\"appKeyScenario\":\"AD2AADProvisioning\"}"
            })
    void appKeyScenarioFollowsPasswordHashSync(boolean passwordHashSync, String expected) {
        assertThat(SecretsCodec.over(Optional.empty(), SecretValue.AppKey.of(passwordHashSync)))
                .isEqualTo(expected);
    }

    @Test
    void eachValueIsWrittenAsGraphSpellsItAndReadBack() {
        SecretValue domain = new SecretValue.Domain("contoso.com");
        SecretValue settings = new SecretValue.NotificationSettings(
                new Notifications(false, List.of("a@contoso.com", "b@contoso.com")), new AccidentalDeletes(true, 50));
        String domainText = SecretsCodec.over(Optional.empty(), domain);
        String settingsText = SecretsCodec.over(Optional.empty(), settings);

        assertThat(domainText).isEqualTo("{\"domain\":\"contoso.com\"}");
        assertThat(settingsText)
                .isEqualTo("{\"Enabled\":false,\"Recipients\":\"a@contoso.com;b@contoso.com\","
                        + "\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":50}");
        LiveSecrets read = SecretsCodec.read(List.of(
                new Secret("Domain", domainText),
                new Secret("SyncNotificationSettings", settingsText),
                new Secret("AppKey", "*")));
        assertThat(read.value(SecretKey.DOMAIN)).contains(domain);
        assertThat(read.value(SecretKey.SYNC_NOTIFICATION_SETTINGS)).contains(settings);
        assertThat(read.value(SecretKey.APP_KEY)).as("masked").isEmpty();
    }

    @Test
    void anEmptyObjectIsGraphsDefaultAndOnlyTheFirstOfAKeyCounts() {
        LiveSecrets read = SecretsCodec.read(List.of(
                new Secret("SyncNotificationSettings", "{}"),
                new Secret("SyncNotificationSettings", "{\"Enabled\":false}"),
                new Secret("Domain", "not json")));

        assertThat(read.value(SecretKey.SYNC_NOTIFICATION_SETTINGS))
                .contains(SecretValue.NotificationSettings.GRAPH_DEFAULT);
        assertThat(read.value(SecretKey.DOMAIN)).isEmpty();
        assertThat(read.read()).hasSize(3);
    }
}
