package io.github.cloudsync.graph;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every body cloudsync PUTs, made in this one place from what the plan says and what a GET returned: the secrets
 * (docs/graph.md section 6.3: always GET, merge, PUT the whole set) and the provisioning schema (section 4.7: the GET
 * body with exactly the plan's RFC 6902 patch applied, never a PATCH).
 */
final class WriteBodies {
    private WriteBodies() {}

    /**
     * {@code {"value":[...]}}: the live keys in the order Graph returned them, then the owned keys Graph did not return,
     * by key. A key the profile does not own is sent as it was, except a masked one ({@code "*"}), which no client can
     * send back, and an empty one ({@code ""}, or null as read), which under per-key merge would delete it (section
     * 6.3): both are left out. An owned key gets the owned value written over the live one, so fields the profile
     * does not own survive.
     */
    static ObjectNode secrets(LiveSecrets live, List<SecretValue> owned) {
        Map<String, SecretValue> ownedByKey =
                owned.stream().collect(Collectors.toMap(v -> v.key().key(), Function.identity()));
        Map<String, String> merged = new LinkedHashMap<>();
        for (Secret secret : live.read()) {
            SecretValue mine = ownedByKey.get(secret.key());
            if (mine != null) {
                Optional<String> liveText = secret.masked() ? Optional.empty() : Optional.of(secret.value());
                merged.putIfAbsent(secret.key(), SecretsCodec.over(liveText, mine));
            } else if (!secret.masked() && !secret.value().isEmpty()) {
                merged.putIfAbsent(secret.key(), secret.value());
            }
        }
        owned.stream()
                .sorted(Comparator.comparing(v -> v.key().key()))
                .forEach(v -> merged.putIfAbsent(v.key().key(), SecretsCodec.over(Optional.empty(), v)));
        ObjectNode body = GraphJson.MAPPER.createObjectNode();
        ArrayNode value = body.putArray("value");
        merged.forEach((key, text) -> value.addObject().put("key", key).put("value", text));
        return body;
    }

    /** The schema to PUT: a new tree, {@code current} with exactly {@code patch} applied (keys, order, casing kept). */
    static JsonNode schema(JsonNode current, JsonNode patch) {
        return Jackson3JsonPatch.apply(patch, current);
    }
}
