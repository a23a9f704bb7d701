package io.github.cloudsync.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default schema of each job template, built once from the real 2020 schema and the synthesized additions (see
 * the README next to the resources): modern mapping and directory names, inetOrgPerson, groups and contacts, the AD
 * directory with its real id, and no CredentialData mapping; the device sync template's schema from
 * {@link DeviceSyncSchema}. Attribute mappings are in the backend's order ({@link MappingOrder}), as a job's are after a
 * PUT.
 */
final class DefaultSchemas {
    static final String AD_DIRECTORY_ID = "ba5b00eb-4c24-41a7-9d57-cd305d47d540";
    static final String ENTRA = "Microsoft Entra ID";

    private final Map<String, ObjectNode> byTemplate = new HashMap<>();

    DefaultSchemas() {
        ObjectNode real = (ObjectNode) read("real-ad2aad-schema-2020.json");
        ObjectNode additions = (ObjectNode) read("schema-additions.json");
        ObjectNode provisioning = modernise(real, additions);
        byTemplate.put("AD2AADProvisioning", provisioning);
        ObjectNode passwordHash = provisioning.deepCopy();
        ObjectNode phsRule =
                (ObjectNode) passwordHash.get("synchronizationRules").get(0);
        phsRule.put("id", additions.get("ruleIds").get("AD2AADPasswordHash").asString());
        phsRule.put("name", "AD2AADPasswordHash");
        byTemplate.put("AD2AADPasswordHash", passwordHash);
        for (Map.Entry<String, JsonNode> rule : additions.get("rules").properties()) {
            ObjectNode schema = provisioning.deepCopy();
            schema.putArray("synchronizationRules").add(rule.getValue().deepCopy());
            byTemplate.put(rule.getKey(), schema);
        }
        byTemplate.put(DeviceSyncSchema.TEMPLATE, DeviceSyncSchema.build(provisioning));
        byTemplate.values().forEach(MappingOrder::sort);
    }

    /** A fresh copy of the default schema of {@code templateId}. */
    ObjectNode of(String templateId) {
        ObjectNode schema = byTemplate.getOrDefault(templateId, byTemplate.get("AD2AADProvisioning"));
        return schema.deepCopy();
    }

    private static ObjectNode modernise(ObjectNode real, ObjectNode additions) {
        ObjectNode schema = real.deepCopy();
        schema.remove("@odata.context");
        schema.remove("directories@odata.context");
        ObjectNode rule = (ObjectNode) schema.get("synchronizationRules").get(0);
        rule.put("targetDirectoryName", ENTRA);
        ArrayNode mappings = (ArrayNode) rule.get("objectMappings");
        ObjectNode users = (ObjectNode) mappings.get(0);
        users.put("name", "Provision Active Directory users");
        ObjectNode inetOrgPersons = users.deepCopy();
        inetOrgPersons.put("name", "Provision Active Directory inetOrgPersons");
        inetOrgPersons.put("sourceObjectName", "inetOrgPerson");
        mappings.insert(1, inetOrgPersons);
        int at = 2;
        for (JsonNode mapping : additions.get("provisioningMappings")) {
            mappings.insert(at++, mapping.deepCopy());
        }
        for (JsonNode directory : schema.get("directories")) {
            ObjectNode dir = (ObjectNode) directory;
            ArrayNode objects = (ArrayNode) dir.get("objects");
            if (dir.get("id").asString().equals(AD_DIRECTORY_ID)) {
                ObjectNode inetOrgPerson = (ObjectNode) objects.get(0).deepCopy();
                inetOrgPerson.put("name", "inetOrgPerson");
                inetOrgPerson.putArray("supportedApis").add("inetOrgPerson");
                objects.insert(1, inetOrgPerson);
                additions.get("activeDirectoryObjects").forEach(o -> objects.add(o.deepCopy()));
            } else {
                dir.put("name", ENTRA);
                additions.get("entraObjects").forEach(o -> objects.add(o.deepCopy()));
            }
        }
        return schema;
    }

    private static JsonNode read(String name) {
        try (InputStream in = DefaultSchemas.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing emulator resource " + name);
            }
            return JsonTrees.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
