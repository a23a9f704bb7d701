package io.github.cloudsync.emulator;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default schema of the device sync job template {@code AD2AADDeviceSync} (preview): the AD {@code computer}
 * object, the Entra ID {@code Device} object and one rule with the "Provision Active Directory computers" mapping whose
 * nine attribute mappings are the ones Microsoft lists (MicrosoftDocs/entra-docs:docs/identity/hybrid/cloud-sync/
 * device-sync.md, "Review synchronized device attributes"). The expressions, attribute types and the rule id are the
 * emulator's [I: no public copy of this schema exists]; the trees come from the emulator's own expression parser.
 */
final class DeviceSyncSchema {
    static final String TEMPLATE = "AD2AADDeviceSync";
    static final String RULE_ID = "9d7e3c1a-52b4-4f0e-8a6d-2c1b7e4f9a03";

    /** {@code name:type[:anchor][:multivalued]}. */
    private static final List<String> COMPUTER = List.of(
            "cn:String",
            "displayName:String",
            "distinguishedName:String",
            "dNSHostName:String",
            "mS-DS-CreatorSID:Binary",
            "objectGUID:Binary:anchor",
            "objectSid:Binary",
            "operatingSystem:String",
            "operatingSystemVersion:String",
            "userAccountControl:Integer",
            "userCertificate:Binary:multivalued");

    private static final List<String> DEVICE = List.of(
            "AccountEnabled:Boolean",
            "DeviceId:String",
            "DeviceOSType:String",
            "DeviceTrustType:String",
            "DisplayName:String",
            "OnPremiseSecurityIdentifier:Binary",
            "RegisteredOwnerReference:Reference",
            "SourceAnchor:String:anchor",
            "UserCertificate:Binary:multivalued");

    /** {@code target <- expression}; RegisteredOwnerReference flows once (ObjectAddOnly), SourceAnchor matches. */
    private static final List<String> MAPPINGS = List.of(
            "AccountEnabled <- IIF(BitAnd([userAccountControl], 2)=\"0\", \"True\", \"False\")",
            "DeviceId <- [objectGUID]",
            "DeviceOSType <- IIF(IsPresent([operatingSystem]), [operatingSystem], \"Windows\")",
            "DeviceTrustType <- \"ServerAd\"",
            "DisplayName <- Coalesce([displayName], [dNSHostName])",
            "OnPremiseSecurityIdentifier <- [objectSid]",
            "RegisteredOwnerReference <- [mS-DS-CreatorSID]",
            "SourceAnchor <- [objectGUID]",
            "UserCertificate <- [userCertificate]");

    private DeviceSyncSchema() {}

    /** The device sync schema built on the directories of {@code provisioning} (a copy; the argument is unchanged). */
    static ObjectNode build(ObjectNode provisioning) {
        ObjectNode schema = provisioning.deepCopy();
        for (JsonNode directory : schema.path("directories")) {
            boolean activeDirectory = directory.path("id").asString().equals(DefaultSchemas.AD_DIRECTORY_ID);
            ((ArrayNode) directory.path("objects"))
                    .add(activeDirectory ? object("computer", COMPUTER) : object("Device", DEVICE));
        }
        ObjectNode rule = JsonTrees.object();
        rule.put("editable", false);
        rule.put("id", RULE_ID);
        rule.putArray("metadata")
                .addObject()
                .put("key", "supportsProvisionOnDemand")
                .put("value", "true");
        rule.put("name", TEMPLATE);
        ObjectNode mapping = rule.putArray("objectMappings").addObject();
        mapping.put("enabled", true);
        mapping.put("flowTypes", "Add, Update, Delete");
        mapping.put("name", "Provision Active Directory computers");
        mapping.put("sourceObjectName", "computer");
        mapping.put("targetObjectName", "Device");
        mapping.putArray("metadata");
        mapping.putNull("scope");
        ArrayNode attributeMappings = mapping.putArray("attributeMappings");
        for (String line : MAPPINGS) {
            String target = line.substring(0, line.indexOf(" <- "));
            ObjectNode attributeMapping = attributeMappings.addObject();
            attributeMapping.putNull("defaultValue");
            attributeMapping.put("exportMissingReferences", false);
            attributeMapping.put("flowBehavior", "FlowWhenChanged");
            attributeMapping.put("flowType", target.equals("RegisteredOwnerReference") ? "ObjectAddOnly" : "Always");
            attributeMapping.put("matchingPriority", target.equals("SourceAnchor") ? 1 : 0);
            attributeMapping.put("targetAttributeName", target);
            attributeMapping.set("source", ExpressionParser.parse(line.substring(line.indexOf(" <- ") + 4)));
        }
        rule.put("priority", 0);
        rule.put("sourceDirectoryName", "Active Directory");
        rule.put("targetDirectoryName", DefaultSchemas.ENTRA);
        schema.putArray("synchronizationRules").add(rule);
        return schema;
    }

    private static ObjectNode object(String name, List<String> attributes) {
        ObjectNode object = JsonTrees.object();
        object.put("name", name);
        object.putArray("supportedApis").add(name);
        ArrayNode definitions = object.putArray("attributes");
        for (String line : attributes) {
            String[] parts = line.split(":");
            ObjectNode attribute = definitions.addObject();
            attribute.put("anchor", line.contains(":anchor"));
            attribute.put("caseExact", false);
            attribute.putNull("defaultValue");
            attribute.put("multivalued", line.contains(":multivalued"));
            attribute.put("mutability", "ReadWrite");
            attribute.put("name", parts[0]);
            attribute.put("required", false);
            attribute.put("type", parts[1]);
            attribute.putArray("apiExpressions");
            attribute.putArray("metadata");
            attribute.putArray("referencedObjects");
        }
        return object;
    }
}
