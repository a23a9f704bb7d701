package io.github.cloudsync.apply;

import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Secret;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
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
    public static NavigableMap<String, String> of(LiveState live) {
        NavigableMap<String, String> prints = new TreeMap<>();
        ObjectNode org = JSON.createObjectNode();
        org.put("id", live.organization().id());
        org.put("onPremisesSyncEnabled", Boolean.TRUE.equals(live.organization().onPremisesSyncEnabled()));
        prints.put("tenant/directorySync", sha256(org));
        prints.put(
                "servicePrincipal",
                sha256(JSON.valueToTree(live.servicePrincipal().orElse(null))));
        for (Job job : live.jobs()) {
            ObjectNode node = JSON.createObjectNode();
            node.put("id", job.id());
            node.put("scheduleState", job.scheduleState().name());
            node.put(
                    "quarantine", job.status().quarantine().map(q -> q.reason()).orElse(null));
            prints.merge("job/" + job.templateId(), sha256(node), (a, b) -> sha256Text(a + b));
        }
        ArrayNode secrets = JSON.createArrayNode();
        for (Secret s : live.secrets().read()) {
            secrets.addObject().put("key", s.key()).put("value", s.masked() ? null : s.value());
        }
        prints.put("secrets", sha256(secrets));
        // the schema without its version: the planner never reads it, and Graph stamps a new one on every write
        // (docs/graph.md section 4.7), so a schema written back unchanged is still the schema the plan was made from
        live.provisioningSchema()
                .ifPresent(schema -> prints.put("job/AD2AADProvisioning/schema", sha256(schema, "version")));
        return prints;
    }

    /** The addresses whose fingerprint differs between {@code saved} and {@code now}, in address order. */
    public static List<String> changed(Map<String, String> saved, Map<String, String> now) {
        NavigableMap<String, String> all = new TreeMap<>(saved);
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
        return sha256(node, null);
    }

    /**
     * The hash of the node's compact JSON with keys sorted at every level and the top-level key {@code skip} left out,
     * written straight into the digest: no sorted copy of the tree and no string of it (a schema is 500 KB and more).
     */
    private static String sha256(JsonNode node, String skip) {
        MessageDigest digest = digest();
        Writer text = new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            canonical(json, node, skip);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void canonical(JsonGenerator json, JsonNode node, String skip) {
        if (node == null) {
            json.writeNull();
        } else if (node.isObject()) {
            json.writeStartObject();
            for (String name : new TreeSet<>(node.propertyNames())) {
                if (!name.equals(skip)) {
                    json.writeName(name);
                    canonical(json, node.get(name), null);
                }
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeStartArray();
            for (JsonNode item : node) {
                canonical(json, item, null);
            }
            json.writeEndArray();
        } else {
            json.writeTree(node);
        }
    }

    private static String sha256Text(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
