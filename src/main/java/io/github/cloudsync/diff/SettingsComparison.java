package io.github.cloudsync.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Compares the fields of an owned JSON secret value with the live value: every field the profile sets must match,
 * a field Graph omits counts as Graph's default, and fields the profile does not set are ignored.
 */
final class SettingsComparison {
    /**
     * Graph's defaults for SyncNotificationSettings (graph-api.md sections 1.2 and 6.1: threshold on, 500, and the
     * observed default {"Enabled":true,"Recipients":""}).
     */
    private static final Map<String, JsonNode> NOTIFICATION_DEFAULTS = Map.of(
            "Enabled", JsonNodeFactory.instance.booleanNode(true),
            "Recipients", JsonNodeFactory.instance.stringNode(""),
            "DeleteThresholdEnabled", JsonNodeFactory.instance.booleanNode(true),
            "DeleteThresholdValue", JsonNodeFactory.instance.numberNode(500));

    private SettingsComparison() {}

    static boolean sameOwnedFields(String key, JsonNode wanted, JsonNode live) {
        Map<String, JsonNode> defaults =
                OwnedSecrets.SYNC_NOTIFICATION_SETTINGS.equals(key) ? NOTIFICATION_DEFAULTS : Map.of();
        for (Map.Entry<String, JsonNode> field : wanted.properties()) {
            JsonNode liveValue = live.get(field.getKey());
            if (liveValue == null || liveValue.isNull()) {
                liveValue = defaults.get(field.getKey());
            }
            if (liveValue == null || !same(field.getKey(), field.getValue(), liveValue)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String field, JsonNode wanted, JsonNode live) {
        if (wanted.isBoolean()) {
            return live.isBoolean()
                    ? live.booleanValue() == wanted.booleanValue()
                    : live.asString().equalsIgnoreCase(wanted.asString());
        }
        if (wanted.isNumber()) {
            return live.isNumber()
                    ? live.decimalValue().compareTo(wanted.decimalValue()) == 0
                    : live.asString().trim().equals(wanted.asString());
        }
        if ("Recipients".equals(field)) {
            return addresses(wanted.asString()).equals(addresses(live.asString()));
        }
        if ("domain".equals(field)) {
            return wanted.asString().equalsIgnoreCase(live.asString());
        }
        return wanted.asString().equals(live.asString());
    }

    /** A recipients string as a set of addresses: split on ';' or ',', trimmed, without case. */
    private static Set<String> addresses(String recipients) {
        return Arrays.stream(recipients.split("[;,]"))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
