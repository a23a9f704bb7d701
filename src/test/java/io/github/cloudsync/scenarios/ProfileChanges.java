package io.github.cloudsync.scenarios;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which changes of a provisioning schema a profile explains, written independently of the production diff: the scope
 * filters of a rule; an attribute mapping whose target is CredentialData or one the profile names for that object
 * type (set or remove), or, in exact mode, any attribute mapping. Anything else an apply changed is a mistake.
 */
final class ProfileChanges {
    private static final Pattern SCOPE =
            Pattern.compile("^/synchronizationRules/\\d+/(containerFilter|groupFilter)(/.*)?$");
    private static final Pattern MAPPING =
            Pattern.compile("^(/synchronizationRules/\\d+/objectMappings/\\d+)/attributeMappings/(\\d+|-)(/.*)?$");

    private ProfileChanges() {}

    /** The operations of {@code changes} (applied in order to {@code before}) that the profile does not explain. */
    static List<JsonNode> unexplained(Profile profile, JsonNode before, JsonNode changes) {
        List<JsonNode> unexplained = new ArrayList<>();
        JsonNode working = before;
        for (JsonNode op : changes) {
            if (!explains(profile, working, op)) {
                unexplained.add(op);
            }
            working = Jackson3JsonPatch.apply(
                    JsonMapper.shared().createArrayNode().add(op), working);
        }
        return unexplained;
    }

    private static boolean explains(Profile profile, JsonNode schema, JsonNode op) {
        String path = op.path("path").asString("");
        if (SCOPE.matcher(path).matches()) {
            return true;
        }
        Matcher mapping = MAPPING.matcher(path);
        if (!mapping.matches()) {
            return false;
        }
        AttributeMappings mappings = profile.configuration().attributeMappings();
        if (mappings.mode() == AttributeMappings.Mode.EXACT) {
            return true;
        }
        String type = schema.at(JsonPointer.compile(mapping.group(1)))
                .path("sourceObjectName")
                .asString("");
        String target = mapping.group(3) == null && op.path("op").asString().equals("add")
                ? op.path("value").path("targetAttributeName").asString("")
                : schema.at(JsonPointer.compile(mapping.group(1) + "/attributeMappings/" + mapping.group(2)))
                        .path("targetAttributeName")
                        .asString("");
        return named(profile, type).contains(target.toLowerCase(Locale.ROOT));
    }

    private static Set<String> named(Profile profile, String sourceObjectName) {
        Set<String> named = new TreeSet<>();
        named.add("credentialdata");
        MappedObjectType.bySourceObjectName(sourceObjectName)
                .flatMap(t -> profile.configuration().attributeMappings().of(t))
                .ifPresent(o -> {
                    o.set().forEach(m -> named.add(m.target().toLowerCase(Locale.ROOT)));
                    o.remove().forEach(m -> named.add(m.target().toLowerCase(Locale.ROOT)));
                });
        return named;
    }
}
