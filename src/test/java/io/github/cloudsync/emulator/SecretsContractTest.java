package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Secrets: masking, write-only AppKey, merge and replace, deletes, notification settings (docs/graph.md 4.9, 6). */
class SecretsContractTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private String secrets;

    private void start(EmulatorOptions options) {
        emulator = GraphEmulator.start(options);
        graph = new GraphHttp(emulator.baseUri());
        secrets = "/beta/servicePrincipals/" + graph.instantiate("contoso.com") + "/synchronization/secrets";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void getMasksSensitiveValuesAndLeavesOutAppKeyUnlessSwitchedReadable() {
        start(EmulatorOptions.defaults());
        put(
                pair("Domain", "{\"domain\":\"contoso.com\"}"),
                pair("Password", "p"),
                pair("SecretToken", "t"),
                pair("ClientSecret", "c"),
                pair("AppKey", "{\"appKeyScenario\":\"AD2AADPasswordHash\"}"));
        assertThat(read())
                .containsExactly(
                        "Domain={\"domain\":\"contoso.com\"}", "Password=*", "SecretToken=*", "ClientSecret=*");
        new EmulatorControl(emulator.baseUri()).settings("{\"appKeyReadable\":true}");
        assertThat(read()).contains("AppKey={\"appKeyScenario\":\"AD2AADPasswordHash\"}");
        JsonNode stored =
                new EmulatorControl(emulator.baseUri()).state().at("/servicePrincipals/0/synchronization/secrets");
        assertThat(stored.findValuesAsString("value")).contains("p", "t", "c");
    }

    @Test
    void mergeKeepsKeysNotSentAndAnEmptyValueDeletesAPlainKey() {
        start(EmulatorOptions.defaults());
        put(pair("Domain", "{\"domain\":\"contoso.com\"}"));
        put(pair("SyncAll", "false"));
        assertThat(read()).containsExactly("Domain={\"domain\":\"contoso.com\"}", "SyncAll=false");
        assertThat(put(pair("SyncAll", ""))).isEqualTo(204);
        assertThat(read()).containsExactly("Domain={\"domain\":\"contoso.com\"}");
    }

    @Test
    void replaceModeKeepsOnlyTheKeysSent() {
        start(EmulatorOptions.defaults().withSecretsMode(SecretsMode.REPLACE));
        put(pair("Domain", "{\"domain\":\"contoso.com\"}"));
        put(pair("SyncAll", "false"));
        assertThat(read()).containsExactly("SyncAll=false");
    }

    @Test
    void notificationSettingsMustBeTheDocumentedObjectAndCannotBeClearedWithEmpty() {
        start(EmulatorOptions.defaults());
        String valid =
                "{\"Enabled\":true,\"Recipients\":\"a@b.com\",\"DeleteThresholdEnabled\":true,\"DeleteThresholdValue\":50}";
        assertThat(put(pair("SyncNotificationSettings", valid))).isEqualTo(204);
        GraphHttp.Answer empty = graph.put(secrets, body(pair("SyncNotificationSettings", "")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().at("/error/code").asString()).isEqualTo("UnknownError");
        assertThat(empty.innerCode()).isEqualTo("InvalidNotificationSettings");
        assertThat(empty.json().at("/error/message").asString()).contains("\r\n");
        assertThat(put(pair("SyncNotificationSettings", "{\"DeleteThresholdValue\":\"50\"}")))
                .isEqualTo(400);
        assertThat(put(pair("SyncNotificationSettings", "{\"Threshold\":50}"))).isEqualTo(400);
        assertThat(put(pair("SyncNotificationSettings", "[]"))).isEqualTo(400);
        assertThat(put(pair("SyncNotificationSettings", "{}"))).isEqualTo(204);
        assertThat(read()).containsExactly("SyncNotificationSettings={}");
    }

    @Test
    void aRefusedPutChangesNothingAndUnknownKeysAreRefused() {
        start(EmulatorOptions.defaults());
        put(pair("Domain", "{\"domain\":\"contoso.com\"}"));
        assertThat(put(pair("Domain", "{\"domain\":\"other.com\"}"), pair("SyncNotificationSettings", "")))
                .isEqualTo(400);
        assertThat(put(pair("domain", "x"))).isEqualTo(400);
        assertThat(read()).containsExactly("Domain={\"domain\":\"contoso.com\"}");
        assertThat(graph.put(secrets, null).status()).isEqualTo(400);
    }

    private int put(String... pairs) {
        return graph.put(secrets, body(pairs)).status();
    }

    private static String body(String... pairs) {
        return "{\"value\":[" + String.join(",", pairs) + "]}";
    }

    private static String pair(String key, String value) {
        return "{\"key\":\"" + key + "\",\"value\":" + GraphHttp.JSON.writeValueAsString(value) + "}";
    }

    private List<String> read() {
        List<String> pairs = new ArrayList<>();
        graph.get(secrets)
                .json()
                .path("value")
                .forEach(p -> pairs.add(
                        p.path("key").asString() + "=" + p.path("value").asString()));
        return pairs;
    }
}
