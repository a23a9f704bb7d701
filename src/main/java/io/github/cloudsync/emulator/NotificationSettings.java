package io.github.cloudsync.emulator;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The {@code SyncNotificationSettings} secret: a JSON object with Enabled, Recipients, DeleteThresholdEnabled and
 * DeleteThresholdValue (docs/graph.md 6.1). {@code ""} cannot clear it: Graph answers 400 InvalidNotificationSettings
 * wrapped in UnknownError (msgraph-metadata#347); the emulator answers the same for any value that is not such an
 * object.
 */
final class NotificationSettings {
    /** DeleteThresholdValue when the secret does not say (docs/graph.md 1.2: 500 means at most 499 deletes a run). */
    static final long DEFAULT_THRESHOLD = 500;

    private NotificationSettings() {}

    static void validate(String value) {
        JsonNode settings;
        try {
            settings = value.isEmpty() ? null : JsonTrees.parseText(value);
        } catch (JacksonException e) {
            settings = null;
        }
        if (settings == null || !settings.isObject()) {
            throw invalid(null);
        }
        for (Map.Entry<String, JsonNode> field : settings.properties()) {
            JsonNode v = field.getValue();
            boolean ok = switch (field.getKey()) {
                case "Enabled", "DeleteThresholdEnabled" -> v.isBoolean();
                case "Recipients" -> v.isString() || v.isNull();
                case "DeleteThresholdValue" -> v.isIntegralNumber() && v.longValue() >= 0;
                default -> false;
            };
            if (!ok) {
                throw invalid("Invalid value for '" + field.getKey() + "'.");
            }
        }
    }

    /** The delete threshold in force for a service principal's secrets. */
    static long threshold(Map<String, String> secrets) {
        String value = secrets.get(Secrets.NOTIFICATION_SETTINGS);
        if (value == null) {
            return DEFAULT_THRESHOLD;
        }
        JsonNode threshold = JsonTrees.parseText(value).path("DeleteThresholdValue");
        return threshold.isIntegralNumber() ? threshold.longValue() : DEFAULT_THRESHOLD;
    }

    private static GraphFailure invalid(String message) {
        return GraphFailure.syncBackend(400, "InvalidNotificationSettings", message);
    }
}
