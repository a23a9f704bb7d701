package io.github.cloudsync.diff;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The secret keys a profile owns, their values as Graph stores them (JSON inside a string, graph-api.md section 6.1),
 * and how a live value compares with them, semantically rather than as strings.
 */
public final class OwnedSecrets {
    public static final String DOMAIN = "Domain";
    public static final String APP_KEY = "AppKey";
    public static final String SYNC_NOTIFICATION_SETTINGS = "SyncNotificationSettings";

    private static final JsonMapper JSON = JsonMapper.shared();

    private OwnedSecrets() {}

    /** The owned keys and their values for this configuration, sorted by key. */
    public static Map<String, String> values(Profile.Configuration configuration) {
        Map<String, String> values = new TreeMap<>();
        values.put(APP_KEY, appKey(configuration.passwordHashSync()));
        values.put(DOMAIN, domain(configuration.domain()));
        values.put(
                SYNC_NOTIFICATION_SETTINGS,
                syncNotificationSettings(configuration.accidentalDeletes(), configuration.notifications()));
        return values;
    }

    /** {@code {"domain":"contoso.com"}}. */
    public static String domain(String domain) {
        return JSON.createObjectNode().put("domain", domain).toString();
    }

    /** {@code {"appKeyScenario":"AD2AADPasswordHash"}} with password hash sync, else {@code AD2AADProvisioning}. */
    public static String appKey(boolean passwordHashSync) {
        String scenario = passwordHashSync ? "AD2AADPasswordHash" : "AD2AADProvisioning";
        return JSON.createObjectNode().put("appKeyScenario", scenario).toString();
    }

    /** {@code {"Enabled":..,"Recipients":"a;b","DeleteThresholdEnabled":..,"DeleteThresholdValue":..}}. */
    public static String syncNotificationSettings(AccidentalDeletes deletes, Notifications notifications) {
        ObjectNode node = JSON.createObjectNode();
        node.put("Enabled", notifications.enabled());
        node.put("Recipients", String.join(";", notifications.recipients()));
        node.put("DeleteThresholdEnabled", deletes.enabled());
        node.put("DeleteThresholdValue", deletes.threshold());
        return node.toString();
    }

    /**
     * How the live secret compares with the owned value. A key Graph does not return is missing, except AppKey, which
     * Graph never returns (write-only, graph-api.md section 4.9) and so is not readable; a masked value is not readable.
     */
    public static SecretComparison.Status compare(String key, Optional<Secret> live, String wanted) {
        if (live.isEmpty()) {
            return APP_KEY.equals(key) ? SecretComparison.Status.NOT_READABLE : SecretComparison.Status.MISSING;
        }
        if (live.get().masked()) {
            return SecretComparison.Status.NOT_READABLE;
        }
        Optional<JsonNode> liveJson = parseObject(live.get().value());
        Optional<JsonNode> wantedJson = parseObject(wanted);
        boolean same = liveJson.isPresent()
                && wantedJson.isPresent()
                && SettingsComparison.sameOwnedFields(key, wantedJson.get(), liveJson.get());
        return same ? SecretComparison.Status.MATCHES : SecretComparison.Status.DIFFERS;
    }

    /** The value parsed as a JSON object, or empty when it is not one. */
    public static Optional<JsonNode> parseObject(String value) {
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
