package io.github.cloudsync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The secrets PUT body: whole, unowned keys untouched, masked values never sent back (graph-api.md section 6.3). */
class SecretsMergeTest {
    @Test
    void keepsUnownedKeysDropsMaskedOnesAndSetsOwnedOnes() {
        List<Secret> live = List.of(
                new Secret("UserName", "svc@contoso.onmicrosoft.com"),
                new Secret("Password", "*"),
                new Secret("Domain", "{\"domain\":\"old.com\"}"),
                new Secret("SyncAll", "false"));

        List<Secret> body = SecretsMerge.merge(
                live,
                Map.of(
                        "Domain",
                        "{\"domain\":\"contoso.com\"}",
                        "AppKey",
                        "{\"appKeyScenario\":\"AD2AADProvisioning\"}"));

        assertThat(body)
                .containsExactly(
                        new Secret("UserName", "svc@contoso.onmicrosoft.com"),
                        new Secret("Domain", "{\"domain\":\"contoso.com\"}"),
                        new Secret("SyncAll", "false"),
                        new Secret("AppKey", "{\"appKeyScenario\":\"AD2AADProvisioning\"}"));
    }

    @Test
    void ownedFieldsAreSetOverTheLiveJsonObjectKeepingOtherFields() {
        List<Secret> live = List.of(new Secret(
                "SyncNotificationSettings",
                "{\"Enabled\":true,\"Recipients\":\"\",\"Custom\":\"kept\",\"DeleteThresholdValue\":500}"));

        List<Secret> body = SecretsMerge.merge(
                live, Map.of("SyncNotificationSettings", "{\"Enabled\":false,\"DeleteThresholdValue\":50}"));

        assertThat(body)
                .containsExactly(new Secret(
                        "SyncNotificationSettings",
                        "{\"Enabled\":false,\"Recipients\":\"\",\"Custom\":\"kept\",\"DeleteThresholdValue\":50}"));
    }

    @Test
    void aMaskedOwnedKeyGetsTheOwnedValue() {
        List<Secret> body =
                SecretsMerge.merge(List.of(new Secret("Domain", "*")), Map.of("Domain", "{\"domain\":\"x\"}"));

        assertThat(body).containsExactly(new Secret("Domain", "{\"domain\":\"x\"}"));
    }

    @Test
    void anUnparseableLiveValueIsReplacedWhole() {
        List<Secret> body =
                SecretsMerge.merge(List.of(new Secret("Domain", "not json")), Map.of("Domain", "{\"domain\":\"x\"}"));

        assertThat(body).containsExactly(new Secret("Domain", "{\"domain\":\"x\"}"));
    }
}
