package io.github.cloudsync.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.diff.SecretComparison.Status;
import io.github.cloudsync.graph.SecretsCodec;
import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Owned secret values compare semantically, as graph's codec reads Graph's text: a field Graph omits means Graph's
 * default, fields the profile does not own are ignored, and a value the codec cannot read differs.
 */
class OwnedSecretsTest {
    private static final SecretValue SETTINGS = new SecretValue.NotificationSettings(
            new Notifications(true, List.of("a@contoso.com", "b@contoso.com")), new AccidentalDeletes(true, 500));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "same text|{\"Enabled\":true,\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":500}|MATCHES",
                "other key order, spaces and case in recipients|{\"DeleteThresholdValue\":500,\"Recipients\":\"B@contoso.com; a@contoso.com\",\"Enabled\":true,\"DeleteThresholdEnabled\":true}|MATCHES",
                "missing keys are Graph defaults|{\"Recipients\":\"a@contoso.com;b@contoso.com\"}|MATCHES",
                "numbers and booleans as strings|{\"Enabled\":\"true\",\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdValue\":\"500\"}|MATCHES",
                "a whole number written with a fraction|{\"Recipients\":\"a@contoso.com,b@contoso.com\",\"DeleteThresholdValue\":500.0}|MATCHES",
                "unknown keys are ignored|{\"Recipients\":\"a@contoso.com;b@contoso.com\",\"Other\":1}|MATCHES",
                "threshold differs|{\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdValue\":50}|DIFFERS",
                "threshold not a number|{\"Recipients\":\"a@contoso.com;b@contoso.com\",\"DeleteThresholdValue\":\"many\"}|DIFFERS",
                "notifications off|{\"Enabled\":false,\"Recipients\":\"a@contoso.com;b@contoso.com\"}|DIFFERS",
                "recipient missing|{\"Recipients\":\"a@contoso.com\"}|DIFFERS",
                "not JSON|Enabled=true|DIFFERS",
                "masked|*|NOT_READABLE",
            })
    void syncNotificationSettings(String name, String live, Status expected) {
        assertThat(OwnedSecrets.compare(
                        SETTINGS, SecretsCodec.read(List.of(new Secret("SyncNotificationSettings", live)))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Domain missing|Domain||MISSING",
                "Domain same, other case|Domain|{\"domain\":\"CONTOSO.com\"}|MATCHES",
                "Domain other|Domain|{\"domain\":\"fabrikam.com\"}|DIFFERS",
                "Domain without its field|Domain|{\"name\":\"contoso.com\"}|DIFFERS",
                "AppKey never returned|AppKey||NOT_READABLE",
                "AppKey returned and equal|AppKey|{\"appKeyScenario\":\"AD2AADProvisioning\"}|MATCHES",
                "AppKey returned and other|AppKey|{\"appKeyScenario\":\"AD2AADPasswordHash\"}|DIFFERS",
            })
    void domainAndAppKey(String name, String key, String live, Status expected) {
        SecretValue wanted =
                key.equals("Domain") ? new SecretValue.Domain("contoso.com") : SecretValue.AppKey.of(false);
        List<Secret> read = live == null ? List.of() : List.of(new Secret(key, live));

        assertThat(OwnedSecrets.compare(wanted, SecretsCodec.read(read))).isEqualTo(expected);
    }
}
