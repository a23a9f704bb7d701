package io.github.cloudsync.emulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's switches for behaviour Graph leaves open or that depends on the tenant's environment
 * (docs/emulator.md, Switches).
 *
 * @param secretsMode merge (default) or replace for secrets PUT (docs/graph.md section 6.3)
 * @param appKeyReadable whether GET secrets returns AppKey (false: write-only, as in the ADOWIKI sample)
 * @param exchangeSchema whether the on-premises AD has the Exchange schema, so discover shows mailNickname
 * @param keepDuplicateTargetAttributes false: a schema PUT with a repeated targetAttributeName in one object mapping is a
 *     400; true: both mappings are kept ("Backend doesn't dedupe", docs/graph.md section 1.2)
 * @param replicationLagMs for this long after a write, every other request is served by a replica that has not seen
 *     the writes of that window (0: off)
 * @param discoverNeedsDomain whether discover answers 500 until the service principal has a Domain secret (on)
 * @param jobLifecycle how a job moves after start
 * @param instantiateObjectIdOnly whether beta instantiate answers {@code objectId} without {@code id}
 * @param servicePrincipalOrder the order of an unsorted service principal list
 */
record EmulatorSettings(
        SecretsMode secretsMode,
        boolean appKeyReadable,
        boolean exchangeSchema,
        boolean keepDuplicateTargetAttributes,
        long replicationLagMs,
        boolean discoverNeedsDomain,
        JobLifecycle jobLifecycle,
        boolean instantiateObjectIdOnly,
        ServicePrincipalOrder servicePrincipalOrder) {
    /** How a started job's status moves. */
    enum JobLifecycle {
        /** Start sets schedule and code Active and nothing else changes (the default). */
        instant,
        /** Start also runs a first cycle: executions, steady-state times, entry counts and the job settings appear. */
        realistic
    }

    /** The order of {@code GET /servicePrincipals} (Graph documents none). */
    enum ServicePrincipalOrder {
        /** Creation order (the default). */
        creation,
        /** Object id order, as a directory index might return them. */
        id
    }

    static EmulatorSettings defaults(SecretsMode mode) {
        return new EmulatorSettings(
                mode, false, false, false, 0, true, JobLifecycle.instant, false, ServicePrincipalOrder.creation);
    }

    ObjectNode toJson() {
        ObjectNode node = JsonTrees.object();
        node.put("secretsMode", secretsMode.wireName());
        node.put("appKeyReadable", appKeyReadable);
        node.put("exchangeSchema", exchangeSchema);
        node.put("duplicateTargetAttribute", keepDuplicateTargetAttributes ? "keepBoth" : "reject");
        node.put("replicationLagMs", replicationLagMs);
        node.put("discoverNeedsDomain", discoverNeedsDomain);
        node.put("jobLifecycle", jobLifecycle.name());
        node.put("instantiateObjectIdOnly", instantiateObjectIdOnly);
        node.put("servicePrincipalOrder", servicePrincipalOrder.name());
        return node;
    }

    /** These settings with every switch present in {@code json} changed; unknown switches are an error. */
    EmulatorSettings with(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("emulator settings are a JSON object");
        }
        for (String name : json.propertyNames()) {
            if (!toJson().has(name)) {
                throw new IllegalArgumentException("unknown emulator setting '" + name + "'");
            }
        }
        SecretsMode mode = json.has("secretsMode")
                ? SecretsMode.parse(json.get("secretsMode").asString())
                : secretsMode;
        String duplicates = choice(
                json,
                "duplicateTargetAttribute",
                keepDuplicateTargetAttributes ? "keepBoth" : "reject",
                "reject",
                "keepBoth");
        long lag = replicationLagMs;
        if (json.has("replicationLagMs")) {
            JsonNode value = json.get("replicationLagMs");
            if (!value.isIntegralNumber() || value.longValue() < 0) {
                throw new IllegalArgumentException("replicationLagMs must be an integer >= 0");
            }
            lag = value.longValue();
        }
        return new EmulatorSettings(
                mode,
                flag(json, "appKeyReadable", appKeyReadable),
                flag(json, "exchangeSchema", exchangeSchema),
                duplicates.equals("keepBoth"),
                lag,
                flag(json, "discoverNeedsDomain", discoverNeedsDomain),
                JobLifecycle.valueOf(choice(json, "jobLifecycle", jobLifecycle.name(), "instant", "realistic")),
                flag(json, "instantiateObjectIdOnly", instantiateObjectIdOnly),
                ServicePrincipalOrder.valueOf(
                        choice(json, "servicePrincipalOrder", servicePrincipalOrder.name(), "creation", "id")));
    }

    private static String choice(JsonNode json, String name, String current, String first, String second) {
        JsonNode value = json.get(name);
        if (value == null) {
            return current;
        }
        String text = value.isString() ? value.stringValue() : "";
        if (!text.equals(first) && !text.equals(second)) {
            throw new IllegalArgumentException(name + " must be " + first + " or " + second + ", not " + value);
        }
        return text;
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
