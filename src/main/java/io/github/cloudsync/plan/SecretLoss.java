package io.github.cloudsync.plan;

import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Secret;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which secrets keys are gone, by key alone (a masked key is present even though its value cannot be read). cloudsync
 * assumes Graph keeps the keys a secrets write leaves out (docs/graph.md section 6.3); these are the checks that show
 * when it did not: the keys of the read before a write that the read after it lacks, and, on any later read, the
 * service account's {@code UserName} without its {@code Password} (both are set together, section 6.2).
 */
public final class SecretLoss {
    static final String USER_NAME = "UserName";
    static final String PASSWORD = "Password";

    private SecretLoss() {}

    /** The keys {@code before} held that {@code after} does not, in the order {@code before} held them. */
    public static List<String> byWrite(LiveSecrets before, LiveSecrets after) {
        Set<String> kept = keys(after);
        return keys(before).stream().filter(k -> !kept.contains(k)).toList();
    }

    /** {@code Password} when the secrets hold the service account's {@code UserName} without it; else none. */
    public static List<String> seen(LiveSecrets live) {
        Set<String> keys = keys(live);
        return keys.contains(USER_NAME) && !keys.contains(PASSWORD) ? List.of(PASSWORD) : List.of();
    }

    private static Set<String> keys(LiveSecrets secrets) {
        Set<String> keys = new LinkedHashSet<>();
        secrets.read().stream().map(Secret::key).forEach(keys::add);
        return keys;
    }
}
