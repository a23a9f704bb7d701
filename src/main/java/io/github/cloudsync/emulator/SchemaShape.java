package io.github.cloudsync.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Validates a synchronizationSchema body the way Graph's OData reader would: known property names per type, JSON
 * types, and enum member names (case-exact; flags split on {@code ,} and trimmed), per the CSDL types of docs/graph.md section
 * 5.4. Property tables are data, one line per Graph type, so they read against the CSDL.
 */
final class SchemaShape {
    private static final Set<String> FLOW_BEHAVIOR = Set.of("FlowWhenChanged", "FlowAlways");
    private static final Set<String> FLOW_TYPE =
            Set.of("Always", "ObjectAddOnly", "MultiValueAddOnly", "ValueAddOnly", "AttributeAddOnly");
    private static final Set<String> SOURCE_TYPE = Set.of("Attribute", "Constant", "Function");
    private static final Set<String> OBJECT_FLOW_TYPES = Set.of("None", "Add", "Update", "Delete");
    private static final Set<String> DISCOVERABILITIES = Set.of(
            "None",
            "AttributeNames",
            "AttributeDataTypes",
            "AttributeReadOnly",
            "ReferenceAttributes",
            "UnknownFutureValue");
    private static final Set<String> MUTABILITY = Set.of("ReadWrite", "ReadOnly", "Immutable", "WriteOnly");
    /** attributeType; the GDOCS schema example writes {@code "string"}, so lower case is accepted too [C-ex]. */
    private static final Set<String> ATTRIBUTE_TYPE =
            Set.of("String", "Integer", "Reference", "Binary", "Boolean", "DateTime");

    private static final Map<String, Map<String, String>> TYPES = Map.ofEntries(
            Map.entry(
                    "synchronizationSchema",
                    Map.of(
                            "id",
                            "string",
                            "version",
                            "string",
                            "provisioningTaskIdentifier",
                            "string",
                            "directories",
                            "[directoryDefinition",
                            "synchronizationRules",
                            "[synchronizationRule")),
            Map.entry(
                    "directoryDefinition",
                    Map.of(
                            "id",
                            "string",
                            "name",
                            "string",
                            "objects",
                            "[objectDefinition",
                            "discoverabilities",
                            "flags:directoryDefinitionDiscoverabilities",
                            "discoveryDateTime",
                            "string",
                            "readOnly",
                            "boolean",
                            "version",
                            "string",
                            "metadata",
                            "[keyValue")),
            Map.entry(
                    "objectDefinition",
                    Map.of(
                            "name",
                            "string",
                            "attributes",
                            "[attributeDefinition",
                            "metadata",
                            "[keyValue",
                            "supportedApis",
                            "[string")),
            Map.entry(
                    "attributeDefinition",
                    Map.ofEntries(
                            Map.entry("anchor", "boolean"), Map.entry("apiExpressions", "[keyValue"),
                            Map.entry("caseExact", "boolean"), Map.entry("defaultValue", "string"),
                            Map.entry("flowNullValues", "boolean"), Map.entry("metadata", "[keyValue"),
                            Map.entry("multivalued", "boolean"), Map.entry("mutability", "enum:mutability"),
                            Map.entry("name", "string"), Map.entry("referencedObjects", "[referencedObject"),
                            Map.entry("required", "boolean"), Map.entry("type", "enum:attributeType"))),
            Map.entry("referencedObject", Map.of("referencedObjectName", "string", "referencedProperty", "string")),
            Map.entry("keyValue", Map.of("key", "string", "value", "string")),
            Map.entry(
                    "synchronizationRule",
                    Map.of(
                            "containerFilter",
                            "containerFilter",
                            "editable",
                            "boolean",
                            "groupFilter",
                            "groupFilter",
                            "id",
                            "string",
                            "metadata",
                            "[keyValue",
                            "name",
                            "string",
                            "objectMappings",
                            "[objectMapping",
                            "priority",
                            "integer",
                            "sourceDirectoryName",
                            "string",
                            "targetDirectoryName",
                            "string")),
            Map.entry("containerFilter", Map.of("includedContainers", "[string")),
            Map.entry("groupFilter", Map.of("includedGroups", "[string")),
            Map.entry(
                    "objectMapping",
                    Map.of(
                            "attributeMappings",
                            "[attributeMapping",
                            "enabled",
                            "boolean",
                            "flowTypes",
                            "flags:objectFlowTypes",
                            "metadata",
                            "[keyValue",
                            "name",
                            "string",
                            "scope",
                            "filter",
                            "sourceObjectName",
                            "string",
                            "targetObjectName",
                            "string")),
            Map.entry(
                    "attributeMapping",
                    Map.of(
                            "defaultValue",
                            "string",
                            "exportMissingReferences",
                            "boolean",
                            "flowBehavior",
                            "enum:attributeFlowBehavior",
                            "flowType",
                            "enum:attributeFlowType",
                            "matchingPriority",
                            "integer",
                            "source",
                            "attributeMappingSource",
                            "targetAttributeName",
                            "string")),
            Map.entry(
                    "attributeMappingSource",
                    Map.of(
                            "expression",
                            "string",
                            "name",
                            "string",
                            "parameters",
                            "[sourceParameter",
                            "type",
                            "enum:attributeMappingSourceType")),
            Map.entry("sourceParameter", Map.of("key", "string", "value", "attributeMappingSource")),
            Map.entry(
                    "filter",
                    Map.of(
                            "categoryFilterGroups",
                            "[filterGroup",
                            "groups",
                            "[filterGroup",
                            "inputFilterGroups",
                            "[filterGroup")),
            Map.entry("filterGroup", Map.of("name", "string", "clauses", "[filterClause")),
            Map.entry(
                    "filterClause",
                    Map.of("operatorName", "string", "sourceOperandName", "string", "targetOperand", "filterOperand")),
            Map.entry("filterOperand", Map.of("values", "[string")));

    private static final Map<String, Set<String>> ENUMS = Map.of(
            "mutability", MUTABILITY,
            "attributeType", ATTRIBUTE_TYPE,
            "attributeFlowBehavior", FLOW_BEHAVIOR,
            "attributeFlowType", FLOW_TYPE,
            "attributeMappingSourceType", SOURCE_TYPE,
            "objectFlowTypes", OBJECT_FLOW_TYPES,
            "directoryDefinitionDiscoverabilities", DISCOVERABILITIES);

    private SchemaShape() {}

    /** Throws Graph's 400 for the first problem; {@code @odata.*} annotations must be removed beforehand. */
    static void validate(JsonNode schema) {
        check(schema, "synchronizationSchema");
        for (String required : List.of("directories", "synchronizationRules")) {
            if (!schema.path(required).isArray()) {
                throw GraphFailure.badRequest("BadRequest", "The schema must carry the '" + required + "' array.");
            }
        }
    }

    private static void check(JsonNode node, String type) {
        if (!node.isObject()) {
            throw GraphFailure.badRequest(
                    "BadRequest", "A value of type 'microsoft.graph." + type + "' must be an object.");
        }
        Map<String, String> properties = TYPES.get(type);
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String kind = properties.get(property.getKey());
            if (kind == null) {
                throw GraphFailure.badRequest(
                        "BadRequest",
                        "The property '" + property.getKey() + "' does not exist on type 'microsoft.graph." + type
                                + "'. Make sure to only use property names that are defined by the type.");
            }
            checkValue(property.getValue(), kind, type + "." + property.getKey());
        }
    }

    private static void checkValue(JsonNode value, String kind, String where) {
        if (value.isNull()) {
            return;
        }
        if (kind.startsWith("[")) {
            if (!value.isArray()) {
                throw wrongType(where, "an array");
            }
            for (JsonNode item : value) {
                checkValue(item, kind.substring(1), where);
            }
            return;
        }
        switch (kind) {
            case "string" -> require(value.isString(), where, "a string");
            case "boolean" -> require(value.isBoolean(), where, "true or false");
            case "integer" -> require(value.isIntegralNumber(), where, "an integer");
            default -> checkStructured(value, kind, where);
        }
    }

    private static void checkStructured(JsonNode value, String kind, String where) {
        if (kind.startsWith("enum:") || kind.startsWith("flags:")) {
            require(value.isString(), where, "a string");
            String enumName = kind.substring(kind.indexOf(':') + 1);
            Set<String> members = ENUMS.get(enumName);
            String[] names =
                    kind.startsWith("flags:") ? value.stringValue().split(",") : new String[] {value.stringValue()};
            for (String raw : names) {
                String name = kind.startsWith("flags:") ? raw.trim() : raw;
                boolean known = members.contains(name)
                        || (enumName.equals("attributeType") && members.stream().anyMatch(name::equalsIgnoreCase));
                if (!known) {
                    throw GraphFailure.badRequest(
                            "BadRequest",
                            "The value '" + name + "' is not valid for the enum type 'microsoft.graph." + enumName
                                    + "'.");
                }
            }
            return;
        }
        check(value, kind);
    }

    private static void require(boolean ok, String where, String expected) {
        if (!ok) {
            throw wrongType(where, expected);
        }
    }

    private static GraphFailure wrongType(String where, String expected) {
        return GraphFailure.badRequest("BadRequest", "The value of '" + where + "' must be " + expected + ".");
    }
}
