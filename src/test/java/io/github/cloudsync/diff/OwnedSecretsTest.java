package io.github.cloudsync.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.diff.SecretComparison.Status;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Secret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Owned secret values compare semantically as JSON; a key Graph omits means Graph's default. */
class OwnedSecretsTest {
    private static final String SETTINGS = OwnedSecrets.syncNotificationSettings(
            new AccidentalDeletes(true, 500), new Notifications(true, List.of("a@contoso.com", "b@contoso.com")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "same text|{\"Enabled\":true,\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":500}|MATCHES",
                "other key order, spaces and case in recipients|{\"DeleteThresholdValue\":500,\"Recipients\":\"B@contoso.com; a@contoso.com\",\"Enabled\":true,\"DeleteThresholdEnabled\":true}|MATCHES",
                "missing keys are Graph defaults|{\"Recipients\":\"a@contoso.com;b@contoso.com\"}|MATCHES",
                "numbers and booleans as strings|{\"Enabled\":\"true\",\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdValue\":\"500\"}|MATCHES",
                "unknown keys are ignored|{\"Recipients\":\"a@contoso.com;b@contoso.com\",\"Other\":1}|MATCHES",
                "threshold differs|{\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdValue\":50}|DIFFERS",
                "recipient missing|{\"Recipients\":\"a@contoso.com\"}|DIFFERS",
                "not JSON|Enabled=true|DIFFERS",
                "masked|*|NOT_READABLE",
            })
    void syncNotificationSettings(String name, String live, Status expected) {
        assertThat(OwnedSecrets.compare(
                        OwnedSecrets.SYNC_NOTIFICATION_SETTINGS,
                        Optional.of(new Secret(OwnedSecrets.SYNC_NOTIFICATION_SETTINGS, live)),
                        SETTINGS))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Domain missing|Domain||MISSING",
                "Domain same, other case|Domain|{\"domain\":\"CONTOSO.com\"}|MATCHES",
                "Domain other|Domain|{\"domain\":\"fabrikam.com\"}|DIFFERS",
                "AppKey never returned|AppKey||NOT_READABLE",
                "AppKey returned and equal|AppKey|{\"appKeyScenario\":\"AD2AADProvisioning\"}|MATCHES",
                "AppKey returned and other|AppKey|{\"appKeyScenario\":\"AD2AADPasswordHash\"}|DIFFERS",
            })
    void domainAndAppKey(String name, String key, String live, Status expected) {
        String wanted = key.equals("Domain") ? OwnedSecrets.domain("contoso.com") : OwnedSecrets.appKey(false);
        Optional<Secret> secret = live == null ? Optional.empty() : Optional.of(new Secret(key, live));

        assertThat(OwnedSecrets.compare(key, secret, wanted)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "true|{\"appKeyScenario\":\"AD2AADPasswordHash\"}",
                "false|{\"appKeyScenario\":\"AD2AADProvisioning\"}"
            })
    void appKeyScenarioFollowsPasswordHashSync(boolean passwordHashSync, String expected) {
        assertThat(OwnedSecrets.appKey(passwordHashSync)).isEqualTo(expected);
    }
}
