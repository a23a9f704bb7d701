package io.github.cloudsync.plan;

import io.github.cloudsync.diff.OwnedSecrets;
import io.github.cloudsync.model.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the body of a secrets PUT from what GET returned and the owned values (graph-api.md section 6.3: always GET,
 * merge, PUT the whole set). Keys the profile does not own are kept as they are; masked values ({@code "*"}) are never
 * sent back, so those keys are left out; owned keys take the owned value. When both the live and the owned value are
 * JSON objects, the owned fields are set over the live object, so fields the profile does not own survive too.
 */
public final class SecretsMerge {
    private SecretsMerge() {}

    /** The full list to PUT: live order first, then owned keys Graph did not return, sorted by key. */
    public static List<Secret> merge(List<Secret> live, Map<String, String> owned) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Secret secret : live) {
            if (secret.masked() && !owned.containsKey(secret.key())) {
                continue;
            }
            String value = owned.containsKey(secret.key())
                    ? ownedOver(
                            secret.masked() ? Optional.empty() : Optional.of(secret.value()), owned.get(secret.key()))
                    : secret.value();
            merged.putIfAbsent(secret.key(), value);
        }
        new TreeMap<>(owned).forEach(merged::putIfAbsent);
        List<Secret> body = new ArrayList<>();
        merged.forEach((key, value) -> body.add(new Secret(key, value)));
        return body;
    }

    private static String ownedOver(Optional<String> live, String owned) {
        Optional<JsonNode> liveObject = live.flatMap(OwnedSecrets::parseObject);
        Optional<JsonNode> ownedObject = OwnedSecrets.parseObject(owned);
        if (liveObject.isEmpty() || ownedObject.isEmpty()) {
            return owned;
        }
        ObjectNode result = (ObjectNode) liveObject.get().deepCopy();
        ownedObject.get().properties().forEach(field -> result.set(field.getKey(), field.getValue()));
        return result.toString();
    }
}
