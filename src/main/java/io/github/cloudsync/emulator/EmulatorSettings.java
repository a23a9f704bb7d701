package io.github.cloudsync.emulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's switches for behaviour Graph leaves open or that depends on the tenant's environment.
 *
 * @param secretsMode merge (default) or replace for secrets PUT (graph-api.md 6.3)
 * @param appKeyReadable whether GET secrets returns AppKey (false: write-only, as in the ADOWIKI sample)
 * @param exchangeSchema whether the on-premises AD has the Exchange schema, so discover shows mailNickname
 * @param keepDuplicateTargetAttributes false: a schema PUT with a repeated targetAttributeName in one object mapping is a
 *     400; true: both mappings are kept ("Backend doesn't dedupe", graph-api.md 1.2)
 */
record EmulatorSettings(
        SecretsMode secretsMode,
        boolean appKeyReadable,
        boolean exchangeSchema,
        boolean keepDuplicateTargetAttributes) {
    static EmulatorSettings defaults(SecretsMode mode) {
        return new EmulatorSettings(mode, false, false, false);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonTrees.object();
        node.put("secretsMode", secretsMode.wireName());
        node.put("appKeyReadable", appKeyReadable);
        node.put("exchangeSchema", exchangeSchema);
        node.put("duplicateTargetAttribute", keepDuplicateTargetAttributes ? "keepBoth" : "reject");
        return node;
    }

    /** These settings with every switch present in {@code json} changed; unknown switches are an error. */
    EmulatorSettings with(JsonNode json) {
        for (String name : json.propertyNames()) {
            if (!toJson().has(name)) {
                throw new IllegalArgumentException("unknown emulator setting '" + name + "'");
            }
        }
        SecretsMode mode = json.has("secretsMode")
                ? SecretsMode.parse(json.get("secretsMode").asString())
                : secretsMode;
        String duplicates = json.has("duplicateTargetAttribute")
                ? json.get("duplicateTargetAttribute").asString()
                : (keepDuplicateTargetAttributes ? "keepBoth" : "reject");
        if (!duplicates.equals("keepBoth") && !duplicates.equals("reject")) {
            throw new IllegalArgumentException("duplicateTargetAttribute must be reject or keepBoth");
        }
        return new EmulatorSettings(
                mode,
                flag(json, "appKeyReadable", appKeyReadable),
                flag(json, "exchangeSchema", exchangeSchema),
                duplicates.equals("keepBoth"));
    }

    private static boolean flag(JsonNode json, String name, boolean current) {
        JsonNode value = json.get(name);
        if (value == null) {
            return current;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return value.booleanValue();
    }
}
