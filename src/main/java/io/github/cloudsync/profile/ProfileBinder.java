package io.github.cloudsync.profile;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Binds a tree the schema and the semantic checks have accepted to {@link Profile}, applying the defaults the schema
 * documents (displayName defaults to the domain). Only call it with a valid tree: it trusts the checks for presence,
 * types and parsable expressions.
 */
final class ProfileBinder {
    private ProfileBinder() {}

    static Profile bind(String file, JsonNode root) {
        JsonNode tenant = root.path("tenant");
        JsonNode configuration = root.path("configuration");
        String domain = configuration.path("domain").stringValue();
        return new Profile(
                root.path("metadata").path("name").stringValue(),
                new Profile.Tenant(
                        tenant.path("id").stringValue(),
                        Cloud.byProfileName(tenant.path("cloud").asString("global"))
                                .orElseThrow(),
                        tenant.path("directorySyncEnabled").asBoolean(true)),
                new Profile.Configuration(
                        domain,
                        configuration.path("displayName").asString(domain),
                        configuration.path("passwordHashSync").asBoolean(false),
                        configuration.path("exchangeHybridWriteback").asBoolean(false),
                        accidentalDeletes(configuration.path("accidentalDeletes")),
                        notifications(configuration.path("notifications")),
                        DesiredState.valueOf(
                                configuration.path("state").asString("active").toUpperCase(Locale.ROOT)),
                        scope(configuration.path("scope")),
                        configuration.has("deviceSync")
                                ? Optional.of(configuration.path("deviceSync").asBoolean())
                                : Optional.empty(),
                        MappingBinder.bind(file, configuration.path("attributeMappings"))));
    }

    private static Optional<Scope> scope(JsonNode node) {
        if (node.has("organizationalUnits")) {
            return Optional.of(new Scope(Scope.Kind.ORGANIZATIONAL_UNITS, strings(node.path("organizationalUnits"))));
        }
        if (node.has("groups")) {
            return Optional.of(new Scope(Scope.Kind.GROUPS, strings(node.path("groups"))));
        }
        return Optional.empty();
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.stringValue()));
        return values;
    }

    private static AccidentalDeletes accidentalDeletes(JsonNode node) {
        AccidentalDeletes defaults = AccidentalDeletes.DEFAULT;
        return new AccidentalDeletes(
                node.path("enabled").asBoolean(defaults.enabled()),
                node.path("threshold").asInt(defaults.threshold()));
    }

    private static Notifications notifications(JsonNode node) {
        List<String> recipients = new ArrayList<>();
        node.path("recipients").forEach(r -> recipients.add(r.stringValue()));
        return new Notifications(node.path("enabled").asBoolean(Notifications.DEFAULT.enabled()), recipients);
    }
}
