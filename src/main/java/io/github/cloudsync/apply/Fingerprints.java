package io.github.cloudsync.apply;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Per-resource fingerprints of what a plan was made from: SHA-256 of canonical JSON (keys sorted). Only what the
 * planner reads counts (a job's run counters change every cycle and would make every saved plan stale), and masked
 * secret values are left out: a masked key counts by its name only.
 */
public final class Fingerprints {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fingerprints() {}

    /** Address of the resource to the hex SHA-256 of its canonical JSON. */
    public static SortedMap<String, String> of(LiveState live) {
        SortedMap<String, String> prints = new TreeMap<>();
        ObjectNode org = JSON.createObjectNode();
        org.put("id", live.organization().id());
        org.put("onPremisesSyncEnabled", Boolean.TRUE.equals(live.organization().onPremisesSyncEnabled()));
        prints.put("tenant/directorySync", sha256(org));
        prints.put("servicePrincipal", sha256(JSON.valueToTree(live.servicePrincipal().orElse(null))));
        for (Job job : live.jobs()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", job.id());
            node.put("scheduleState", job.scheduleState().name());
            node.put("quarantine", job.status().quarantine().map(q -> q.reason()).orElse(null));
            prints.merge("job/" + job.templateId(), sha256(node), (a, b) -> sha256Text(a + b));
        }
        ArrayNode secrets = JSON.createArrayNode();
        for (Secret s : live.secrets()) {
            secrets.addObject().put("key", s.key()).put("value", s.masked() ? null : s.value());
        }
        prints.put("secrets", sha256(secrets));
        live.provisioningSchema().ifPresent(schema -> prints.put("job/AD2AADProvisioning/schema", sha256(content(schema))));
        return prints;
    }

    /**
     * The schema without its {@code version}: the planner never reads it, and Graph stamps a new one on every write
     * (graph-api.md section 4.7), so a schema written back unchanged is still the schema the plan was made from.
     */
    private static JsonNode content(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.remove("version");
        return copy;
    }

    /** The addresses whose fingerprint differs between {@code saved} and {@code now}, in address order. */
    public static List<String> changed(Map<String, String> saved, Map<String, String> now) {
        SortedMap<String, String> all = new TreeMap<>(saved);
        now.forEach(all::putIfAbsent);
        List<String> changed = new ArrayList<>();
        for (String address : all.keySet()) {
            if (!String.valueOf(saved.get(address)).equals(String.valueOf(now.get(address)))) {
                changed.add(address);
            }
        }
        return changed;
    }

    static String sha256(JsonNode node) {
        return sha256Text(JSON.writeValueAsString(canonical(node)));
    }

    private static JsonNode canonical(JsonNode node) {
        if (node == null) {
            return JSON.nullNode();
        }
        if (node.isObject()) {
            ObjectNode sorted = JSON.createObjectNode();
            new TreeMap<>(node.properties().stream()
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .forEach((k, v) -> sorted.set(k, canonical(v)));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode items = JSON.createArrayNode();
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        return node;
    }

    private static String sha256Text(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
