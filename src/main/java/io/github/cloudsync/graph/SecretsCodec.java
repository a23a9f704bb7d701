package io.github.cloudsync.graph;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph's text for the secret values cloudsync owns: a JSON object inside the secret's string value (docs/graph.md
 * section 6.1; {@code {"domain":..}}, {@code {"appKeyScenario":..}} and {@code SyncNotificationSettings}' four fields).
 * {@link #read} decodes what a GET returned; {@link #over} writes an owned value over the live text, keeping the fields
 * it does not own. The one place those field names, and what Graph assumes for a field it omits, are spelled.
 */
public final class SecretsCodec {
    private static final String DOMAIN = "domain";
    private static final String APP_KEY_SCENARIO = "appKeyScenario";
    private static final String ENABLED = "Enabled";
    private static final String RECIPIENTS = "Recipients";
    private static final String THRESHOLD_ENABLED = "DeleteThresholdEnabled";
    private static final String THRESHOLD_VALUE = "DeleteThresholdValue";

    /** Recipients are one string, joined with ';' (a ',' is read too). */
    private static final String RECIPIENT_SEPARATOR = ";";

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SecretsCodec() {}

    /**
     * The secrets a GET returned, with the owned keys' values decoded: the first secret of an owned key, unless it is
     * masked or not a value this codec reads (then only the text is kept, and the key compares as different).
     */
    public static LiveSecrets read(List<Secret> secrets) {
        Map<SecretKey, SecretValue> decoded = new EnumMap<>(SecretKey.class);
        Set<String> seen = new HashSet<>();
        for (Secret secret : secrets) {
            if (seen.add(secret.key()) && !secret.masked()) {
                SecretKey.byKey(secret.key())
                        .flatMap(key -> decode(key, secret.value()))
                        .ifPresent(value -> decoded.put(value.key(), value));
            }
        }
        return new LiveSecrets(secrets, decoded);
    }

    /** The text to send for an owned value: its fields set over the live JSON object (other fields kept), or alone. */
    static String over(Optional<String> live, SecretValue owned) {
        ObjectNode result = live.flatMap(SecretsCodec::object)
                .map(o -> (ObjectNode) o.deepCopy())
                .orElseGet(NODES::objectNode);
        fields(owned).forEach(result::set);
        return result.toString();
    }

    private static Map<String, JsonNode> fields(SecretValue value) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (value instanceof SecretValue.Domain domain) {
            fields.put(DOMAIN, NODES.stringNode(domain.name()));
        } else if (value instanceof SecretValue.AppKey appKey) {
            fields.put(APP_KEY_SCENARIO, NODES.stringNode(scenario(appKey.scenario())));
        } else if (value instanceof SecretValue.NotificationSettings settings) {
            fields.put(ENABLED, NODES.booleanNode(settings.notifications().enabled()));
            fields.put(
                    RECIPIENTS,
                    NODES.stringNode(String.join(
                            RECIPIENT_SEPARATOR, settings.notifications().recipients())));
            fields.put(
                    THRESHOLD_ENABLED,
                    NODES.booleanNode(settings.accidentalDeletes().enabled()));
            fields.put(
                    THRESHOLD_VALUE,
                    NODES.numberNode(settings.accidentalDeletes().threshold()));
        }
        return fields;
    }

    /** The scenario as Graph names it: the job template it serves (docs/graph.md section 1.2). */
    private static String scenario(SecretValue.AppKey.Scenario scenario) {
        return switch (scenario) {
            case PROVISIONING -> "AD2AADProvisioning";
            case PASSWORD_HASH -> "AD2AADPasswordHash";
        };
    }

    private static Optional<SecretValue> decode(SecretKey key, String text) {
        Optional<JsonNode> object = object(text);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        JsonNode node = object.get();
        return switch (key) {
            case DOMAIN ->
                node.path(DOMAIN).isString()
                        ? Optional.of(new SecretValue.Domain(node.path(DOMAIN).asString()))
                        : Optional.empty();
            case APP_KEY ->
                Arrays.stream(SecretValue.AppKey.Scenario.values())
                        .filter(s ->
                                scenario(s).equals(node.path(APP_KEY_SCENARIO).asString(null)))
                        .findFirst()
                        .map(SecretValue.AppKey::new);
            case SYNC_NOTIFICATION_SETTINGS -> notificationSettings(node);
        };
    }

    /** A field Graph omits (or sends as null) is its default; booleans and numbers may come as strings. */
    private static Optional<SecretValue> notificationSettings(JsonNode node) {
        SecretValue.NotificationSettings defaults = SecretValue.NotificationSettings.GRAPH_DEFAULT;
        Optional<Boolean> enabled =
                bool(node.path(ENABLED), defaults.notifications().enabled());
        Optional<String> recipients = absent(node.path(RECIPIENTS))
                ? Optional.of(String.join(
                        RECIPIENT_SEPARATOR, defaults.notifications().recipients()))
                : Optional.of(node.path(RECIPIENTS)).filter(JsonNode::isString).map(JsonNode::asString);
        Optional<Boolean> thresholdEnabled =
                bool(node.path(THRESHOLD_ENABLED), defaults.accidentalDeletes().enabled());
        Optional<Integer> threshold =
                integer(node.path(THRESHOLD_VALUE), defaults.accidentalDeletes().threshold());
        if (enabled.isEmpty() || recipients.isEmpty() || thresholdEnabled.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        List<String> addresses = Arrays.stream(recipients.get().split("[;,]"))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .toList();
        return Optional.of(new SecretValue.NotificationSettings(
                new Notifications(enabled.get(), addresses),
                new AccidentalDeletes(thresholdEnabled.get(), threshold.get())));
    }

    private static Optional<Boolean> bool(JsonNode node, boolean otherwise) {
        if (absent(node)) {
            return Optional.of(otherwise);
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        String text = node.isString() ? node.asString().trim().toLowerCase(Locale.ROOT) : "";
        return text.equals("true") || text.equals("false") ? Optional.of(text.equals("true")) : Optional.empty();
    }

    private static Optional<Integer> integer(JsonNode node, int otherwise) {
        if (absent(node)) {
            return Optional.of(otherwise);
        }
        if (node.isNumber()) {
            try {
                return Optional.of(node.decimalValue().intValueExact());
            } catch (ArithmeticException notAnInt) {
                return Optional.empty();
            }
        }
        String text = node.isString() ? node.asString().trim() : "";
        if (!INTEGER.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text);
            return String.valueOf(value).equals(text) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** The text parsed as a JSON object, or empty when it is not one. */
    private static Optional<JsonNode> object(String text) {
        try {
            JsonNode node = GraphJson.MAPPER.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
