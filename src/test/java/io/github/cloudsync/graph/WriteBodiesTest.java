package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The secrets PUT body: whole, unowned keys untouched, masked values never sent back (docs/graph.md section 6.3). */
class WriteBodiesTest {
    @Test
    void keepsUnownedKeysDropsMaskedOnesAndSetsOwnedOnes() {
        List<Secret> live = List.of(
                new Secret("UserName", "svc@contoso.onmicrosoft.com"),
                new Secret("Password", "*"),
                new Secret("Domain", "{\"domain\":\"old.com\"}"),
                new Secret("SyncAll", "false"));

        JsonNode body = WriteBodies.secrets(
                SecretsCodec.read(live),
                List.of(
                        new SecretValue.Domain("contoso.com"),
                        new SecretValue.AppKey(SecretValue.AppKey.Scenario.PROVISIONING)));

        assertThat(body.toString())
                .isEqualTo("{\"value\":[{\"key\":\"UserName\",\"value\":\"svc@contoso.onmicrosoft.com\"},"
                        + "{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"},"
                        + "{\"key\":\"SyncAll\",\"value\":\"false\"},"
                        + "{\"key\":\"AppKey\",\"value\":\"{\\\"appKeyScenario\\\":\\\"AD2AADProvisioning\\\"}\"}]}");
    }

    @Test
    void anUnownedKeyReadBackEmptyIsNotSentBackSinceEmptyDeletesIt() {
        List<Secret> live = List.of(
                new Secret("SkipOutOfScopeDeletions", ""), new Secret("SyncAll", "false"), new Secret("Domain", ""));

        JsonNode body = WriteBodies.secrets(SecretsCodec.read(live), List.of(new SecretValue.Domain("x.com")));

        assertThat(body.toString())
                .isEqualTo("{\"value\":[{\"key\":\"SyncAll\",\"value\":\"false\"},"
                        + "{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"x.com\\\"}\"}]}");
    }

    @Test
    void ownedFieldsAreSetOverTheLiveJsonObjectKeepingOtherFields() {
        List<Secret> live = List.of(new Secret(
                "SyncNotificationSettings",
                "{\"Enabled\":true,\"Recipients\":\"\",\"Custom\":\"kept\",\"DeleteThresholdValue\":500}"));

        JsonNode body = WriteBodies.secrets(
                SecretsCodec.read(live),
                List.of(new SecretValue.NotificationSettings(
                        new Notifications(false, List.of("a@contoso.com", "b@contoso.com")),
                        new AccidentalDeletes(true, 50))));

        assertThat(values(body))
                .containsExactly(
                        "{\"Enabled\":false,\"Recipients\":\"a@contoso.com;b@contoso.com\",\"Custom\":\"kept\","
                                + "\"DeleteThresholdValue\":50,\"DeleteThresholdEnabled\":true}");
    }

    @Test
    void aMaskedOwnedKeyGetsTheOwnedValue() {
        JsonNode body = WriteBodies.secrets(
                SecretsCodec.read(List.of(new Secret("Domain", "*"))), List.of(new SecretValue.Domain("x.com")));

        assertThat(values(body)).containsExactly("{\"domain\":\"x.com\"}");
    }

    @Test
    void anUnparseableLiveValueIsReplacedWhole() {
        JsonNode body = WriteBodies.secrets(
                SecretsCodec.read(List.of(new Secret("Domain", "not json"))), List.of(new SecretValue.Domain("x.com")));

        assertThat(values(body)).containsExactly("{\"domain\":\"x.com\"}");
    }

    @Test
    void theSchemaBodyIsTheGetBodyWithExactlyThePatch() {
        JsonMapper json = JsonMapper.shared();
        JsonNode current = json.readTree("{\"b\":1,\"a\":{\"list\":[1,2]},\"version\":\"v\"}");
        JsonNode patch = json.readTree("[{\"op\":\"add\",\"path\":\"/a/list/-\",\"value\":3}]");

        assertThat(WriteBodies.schema(current, patch).toString())
                .isEqualTo("{\"b\":1,\"a\":{\"list\":[1,2,3]},\"version\":\"v\"}");
        assertThat(current.toString()).as("the GET body is not changed").contains("[1,2]");
    }

    private static List<String> values(JsonNode body) {
        return body.path("value")
                .valueStream()
                .map(s -> s.path("value").asString())
                .toList();
    }
}
