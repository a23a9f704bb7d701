package io.github.cloudsync.diff;

import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.Jackson3JsonDiff;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one schema edit cloudsync makes: the {@code CredentialData <- [PasswordHash]} attribute mapping on the user and
 * inetOrgPerson object mappings (docs/graph.md section 1.2), exactly once each with password hash sync, none without.
 * Object mappings are matched by sourceObjectName/targetObjectName, never by display name, because the names differ
 * across schema versions (the 2020 schema says "Synchronize Active Directory users to Azure Active Directory"). The
 * edit works on a copy of the raw tree, so keys, order and enum casing stay exactly as Graph sent them.
 */
public final class CredentialDataEdit {
    public static final String TARGET_ATTRIBUTE = "CredentialData";

    /** The mapping exactly as docs/graph.md section 1.2 gives it (keys in that order). */
    private static final String MAPPING = "{\"defaultValue\":null,\"exportMissingReferences\":false,"
            + "\"flowBehavior\":\"FlowWhenChanged\",\"flowType\":\"Always\",\"matchingPriority\":0,"
            + "\"targetAttributeName\":\"CredentialData\",\"source\":{\"expression\":\"[PasswordHash]\","
            + "\"name\":\"PasswordHash\",\"type\":\"Attribute\",\"parameters\":[]}}";

    /** The AD object types whose mappings to Entra {@code User} carry password hashes. */
    private static final List<String> SOURCE_OBJECTS = List.of("user", "inetOrgPerson");

    private static final String TARGET_OBJECT = "User";

    private CredentialDataEdit() {}

    /** The edited copy of the schema and a description of each mapping added or removed. */
    public record Result(JsonNode edited, List<SchemaEdit> edits) {
        public Result {
            edits = List.copyOf(edits);
        }
    }

    /** The RFC 6902 patch from a schema to its edited form, and a description of each mapping added or removed. */
    public record Change(JsonNode patch, List<SchemaEdit> edits) {
        public Change {
            edits = List.copyOf(edits);
        }
    }

    /** A fresh copy of the CredentialData attribute mapping. */
    public static JsonNode mapping() {
        return JsonMapper.shared().readTree(MAPPING);
    }

    /** The schema as it should be: a copy of {@code schema} with the mapping present once or absent. */
    public static Result edit(JsonNode schema, boolean passwordHashSync) {
        JsonNode copy = schema.deepCopy();
        List<SchemaEdit> edits = new ArrayList<>();
        for (JsonNode rule : copy.path("synchronizationRules").values()) {
            for (JsonNode objectMapping : rule.path("objectMappings").values()) {
                if (carriesPasswordHashes(objectMapping)
                        && objectMapping.get("attributeMappings") instanceof ArrayNode attributes) {
                    editMappings(objectMapping, attributes, passwordHashSync, edits);
                }
            }
        }
        return new Result(copy, edits);
    }

    /**
     * The RFC 6902 patch from {@code schema} to its edited form; an empty array when nothing changes. Move and copy
     * operations are left out, and removals keep the removed value, so the patch reads plainly in a plan.
     */
    public static JsonNode patch(JsonNode schema, boolean passwordHashSync) {
        return change(schema, passwordHashSync).patch();
    }

    /**
     * The same patch as {@link #patch} and the same edits as {@link #edit}, without copying or diffing the whole
     * schema (500 KB and more): only the attribute mappings of the user and inetOrgPerson object mappings are copied
     * and diffed, and the patch paths are prefixed with where those arrays are. A schema whose rules or object mappings
     * are not arrays takes the whole-tree way.
     */
    public static Change change(JsonNode schema, boolean passwordHashSync) {
        JsonNode rules = schema.path("synchronizationRules");
        boolean arrays = rules.isArray() || rules.isMissingNode();
        for (JsonNode rule : rules.values()) {
            arrays &= rule.path("objectMappings").isArray()
                    || rule.path("objectMappings").isMissingNode();
        }
        if (!arrays) {
            Result result = edit(schema, passwordHashSync);
            return new Change(diff(schema, result.edited()), result.edits());
        }
        ArrayNode patch = JsonMapper.shared().createArrayNode();
        List<SchemaEdit> edits = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            JsonNode objectMappings = rules.get(r).path("objectMappings");
            for (int m = 0; m < objectMappings.size(); m++) {
                JsonNode objectMapping = objectMappings.get(m);
                if (carriesPasswordHashes(objectMapping)
                        && objectMapping.get("attributeMappings") instanceof ArrayNode attributes
                        && !alreadyEdited(attributes, passwordHashSync)) {
                    ArrayNode edited = attributes.deepCopy();
                    int before = edits.size();
                    editMappings(objectMapping, edited, passwordHashSync, edits);
                    if (edits.size() > before) {
                        String at = "/synchronizationRules/" + r + "/objectMappings/" + m + "/attributeMappings";
                        for (JsonNode operation : diff(attributes, edited)) {
                            ObjectNode moved = (ObjectNode) operation.deepCopy();
                            moved.put("path", at + operation.path("path").asString());
                            patch.add(moved);
                        }
                    }
                }
            }
        }
        return new Change(patch, edits);
    }

    /** The RFC 6902 patch between two trees, with the flags {@link #patch} uses. */
    public static JsonNode diff(JsonNode source, JsonNode target) {
        return Jackson3JsonDiff.asJson(
                source, target, EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION));
    }

    private static void editMappings(
            JsonNode objectMapping, ArrayNode attributes, boolean passwordHashSync, List<SchemaEdit> edits) {
        String label = objectMapping.path("sourceObjectName").asString() + "->"
                + objectMapping.path("targetObjectName").asString();
        int first = -1;
        for (int i = 0; i < attributes.size() && first < 0; i++) {
            first = isCredentialData(attributes.get(i)) ? i : -1;
        }
        boolean present = first >= 0;
        // without password hash sync every CredentialData mapping goes; with it, the first stays and any later one
        // goes, so there is exactly one (Graph may keep duplicates: "Backend doesn't dedupe", docs/graph.md 1.2)
        for (int i = attributes.size() - 1; i >= 0; i--) {
            JsonNode attribute = attributes.get(i);
            if (isCredentialData(attribute) && (!passwordHashSync || i != first)) {
                attributes.remove(i);
                edits.add(new SchemaEdit(label, TARGET_ATTRIBUTE, expression(attribute), false));
            }
        }
        if (passwordHashSync && !present) {
            JsonNode mapping = mapping();
            attributes.add(mapping);
            edits.add(new SchemaEdit(label, TARGET_ATTRIBUTE, expression(mapping), true));
        }
    }

    /**
     * Whether {@link #editMappings} would leave {@code attributes} as they are: one CredentialData mapping with password
     * hash sync, none without. Drift and no-op plans meet this on every profile, and then nothing is copied.
     */
    private static boolean alreadyEdited(ArrayNode attributes, boolean passwordHashSync) {
        int found = 0;
        for (JsonNode attribute : attributes) {
            found += isCredentialData(attribute) ? 1 : 0;
        }
        return found == (passwordHashSync ? 1 : 0);
    }

    private static boolean carriesPasswordHashes(JsonNode objectMapping) {
        String source = objectMapping.path("sourceObjectName").asString("");
        String target = objectMapping.path("targetObjectName").asString("");
        return target.equalsIgnoreCase(TARGET_OBJECT)
                && SOURCE_OBJECTS.stream().anyMatch(s -> s.equalsIgnoreCase(source));
    }

    private static boolean isCredentialData(JsonNode attributeMapping) {
        String name = attributeMapping.path("targetAttributeName").asString("");
        // lower-casing never shortens a string, and only the dotted capital I lengthens one (with a combining dot that
        // "credentialdata" does not hold), so a name of another length is never a match and is not lower-cased
        return name.length() == TARGET_ATTRIBUTE.length()
                && name.toLowerCase(Locale.ROOT).equals(TARGET_ATTRIBUTE.toLowerCase(Locale.ROOT));
    }

    private static String expression(JsonNode attributeMapping) {
        return attributeMapping.path("source").path("expression").asString("");
    }
}
