package io.github.cloudsync.diff;

import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.ObjectMappings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provisioning schema a profile wants, compared with the live one (docs/architecture.md section 8). Only
 * {@code synchronizationRules} take part: directories are what discover found, not configuration. In named mode the
 * desired rules are the live ones with the profile's overlays (CredentialData, the scope, the targets it sets and
 * removes), so apply never touches another mapping; in exact mode they are the template's default rules with the same
 * overlays, so every other difference is put back. Attribute mappings compare as a set keyed by target (order never
 * counts); the patch is RFC 6902 on the live tree, which stays exactly as Graph sent it.
 */
public final class ProvisioningSchemaDiff {
    static final String RULES = "synchronizationRules";
    private static final String MAPPINGS = "attributeMappings";
    private static final String CREDENTIAL_DATA = CredentialDataEdit.TARGET_ATTRIBUTE.toLowerCase(Locale.ROOT);

    private ProvisioningSchemaDiff() {}

    /**
     * What the comparison found: the patch (an empty array when nothing differs), the CredentialData edits in their
     * own words (named mode), every other change, the unmanaged mappings (named mode, with the template) and the
     * problems with what the profile names.
     */
    public record Result(
            JsonNode patch,
            List<SchemaEdit> credentialData,
            List<SchemaChange> changes,
            List<UnmanagedMapping> unmanaged,
            List<SchemaProblem> problems) {
        public Result {
            patch = patch.deepCopy();
            credentialData = List.copyOf(credentialData);
            changes = List.copyOf(changes);
            unmanaged = List.copyOf(unmanaged);
            problems = List.copyOf(problems);
        }
    }

    /** Compares {@code live} with what {@code wants} asks; {@code template} is the template's default schema. */
    public static Result compare(JsonNode live, Optional<JsonNode> template, SchemaWants wants) {
        JsonNode liveRules = live.path(RULES);
        boolean exact =
                wants.exact() && template.filter(t -> t.path(RULES).isArray()).isPresent();
        if (!liveRules.isArray()) {
            CredentialDataEdit.Change change = CredentialDataEdit.change(live, wants.passwordHashSync());
            return new Result(change.patch(), change.edits(), List.of(), List.of(), List.of());
        }
        if (!exact && wants.mappings().objects().isEmpty() && scopeHolds(liveRules, wants)) {
            // what a profile without scope or mappings asks: the CredentialData edit alone, as before they existed
            CredentialDataEdit.Change change = CredentialDataEdit.change(live, wants.passwordHashSync());
            return new Result(
                    change.patch(), change.edits(), List.of(), unmanaged(liveRules, template, wants), List.of());
        }
        JsonNode base = exact ? template.get().path(RULES) : liveRules;
        ObjectNode wrapper = JsonMapper.shared().createObjectNode();
        wrapper.set(RULES, base.deepCopy());
        CredentialDataEdit.Result credentialData = CredentialDataEdit.edit(wrapper, wants.passwordHashSync());
        ArrayNode desired = (ArrayNode) credentialData.edited().path(RULES);
        for (JsonNode rule : desired.values()) {
            if (rule instanceof ObjectNode node && !ScopeFilters.holds(node, wants.scope())) {
                ScopeFilters.write(node, wants.scope());
            }
        }
        MappingOverlay overlay = new MappingOverlay(new SchemaDirectories(live));
        wants.mappings().objects().forEach(o -> overlay.apply(desired, o));
        List<SchemaChange> changes = new ArrayList<>();
        Set<String> skipped = exact ? Set.of() : Set.of(CREDENTIAL_DATA);
        for (int r = 0; r < desired.size(); r++) {
            Optional<JsonNode> liveRule = RuleMatch.rule(liveRules, desired.get(r), r);
            if (liveRule.isEmpty()) {
                continue;
            }
            if (r == firstScopeChange(liveRules, desired)) {
                changes.add(new SchemaChange.ScopeChanged(
                        ScopeFilters.read(liveRule.get()), ScopeFilters.read(desired.get(r))));
            }
            JsonNode objectMappings = desired.get(r).path("objectMappings");
            for (int m = 0; m < objectMappings.size(); m++) {
                JsonNode wanted = objectMappings.get(m);
                Optional<JsonNode> was = RuleMatch.objectMapping(liveRule.get(), wanted);
                if (was.isPresent() && wanted.get(MAPPINGS) instanceof ArrayNode attributes) {
                    JsonNode current = was.get().path(MAPPINGS);
                    ((ObjectNode) wanted).set(MAPPINGS, MappingSets.inLiveOrder(attributes, current));
                    changes.addAll(MappingSets.changes(
                            wanted.path("sourceObjectName").asString(), current, wanted.path(MAPPINGS), skipped));
                }
            }
        }
        JsonNode patch = prefixed(SourceReplacements.collapse(CredentialDataEdit.diff(liveRules, desired), liveRules));
        if (exact) {
            changes.addAll(OtherChanges.of(patch, live));
        }
        List<SchemaEdit> edits = exact ? List.of() : credentialData.edits();
        List<UnmanagedMapping> unmanaged = exact ? List.of() : unmanaged(liveRules, template, wants);
        return new Result(patch, edits, changes, unmanaged, overlay.problems());
    }

    private static boolean scopeHolds(JsonNode rules, SchemaWants wants) {
        for (JsonNode rule : rules.values()) {
            if (!ScopeFilters.holds(rule, wants.scope())) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first desired rule whose scope differs from its live rule's, or -1: the scope is told once. */
    private static int firstScopeChange(JsonNode liveRules, JsonNode desired) {
        for (int r = 0; r < desired.size(); r++) {
            Optional<JsonNode> liveRule = RuleMatch.rule(liveRules, desired.get(r), r);
            if (liveRule.isPresent() && !ScopeFilters.read(liveRule.get()).equals(ScopeFilters.read(desired.get(r)))) {
                return r;
            }
        }
        return -1;
    }

    /** Named mode with the template: the live mappings that differ from its defaults and that the profile does not name. */
    private static List<UnmanagedMapping> unmanaged(
            JsonNode liveRules, Optional<JsonNode> template, SchemaWants wants) {
        if (template.isEmpty() || !template.get().path(RULES).isArray()) {
            return List.of();
        }
        JsonNode defaults = template.get().path(RULES);
        List<UnmanagedMapping> unmanaged = new ArrayList<>();
        for (int r = 0; r < liveRules.size(); r++) {
            Optional<JsonNode> defaultRule = RuleMatch.rule(defaults, liveRules.get(r), r);
            for (JsonNode objectMapping :
                    liveRules.get(r).path("objectMappings").values()) {
                Optional<JsonNode> original = defaultRule.flatMap(d -> RuleMatch.objectMapping(d, objectMapping));
                if (original.isPresent()) {
                    String type = objectMapping.path("sourceObjectName").asString();
                    unmanaged.addAll(MappingSets.unmanaged(
                            type, objectMapping.path(MAPPINGS), original.get().path(MAPPINGS), named(wants, type)));
                }
            }
        }
        return unmanaged;
    }

    /** The targets a profile names for an object type (set or removed), and CredentialData, keyed without case. */
    private static Set<String> named(SchemaWants wants, String sourceObjectName) {
        Set<String> named = new HashSet<>();
        named.add(CREDENTIAL_DATA);
        MappedObjectType.bySourceObjectName(sourceObjectName)
                .flatMap(t -> wants.mappings().of(t))
                .ifPresent(o -> addTargets(o, named));
        return named;
    }

    private static void addTargets(ObjectMappings o, Set<String> named) {
        o.set().forEach(m -> named.add(m.target().toLowerCase(Locale.ROOT)));
        o.remove().forEach(m -> named.add(m.target().toLowerCase(Locale.ROOT)));
    }

    private static JsonNode prefixed(JsonNode patch) {
        ArrayNode prefixed = JsonMapper.shared().createArrayNode();
        for (JsonNode operation : patch.values()) {
            ObjectNode moved = (ObjectNode) operation.deepCopy();
            moved.put("path", "/" + RULES + operation.path("path").asString());
            if (operation.has("from")) {
                moved.put("from", "/" + RULES + operation.path("from").asString());
            }
            prefixed.add(moved);
        }
        return prefixed;
    }
}
