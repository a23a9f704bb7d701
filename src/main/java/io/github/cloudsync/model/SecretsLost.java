package io.github.cloudsync.model;

import java.util.List;

/**
 * Keys of the configuration's secrets are gone: a secrets write was followed by a read without them (Graph replaced the
 * whole set, and cloudsync cannot send back a value Graph masks), or a later read shows the service account's
 * {@code UserName} without its {@code Password}. Nothing is lost silently: this names every key.
 */
public final class SecretsLost extends CloudsyncException {
    /** Where the loss was seen: on the read right after cloudsync's own write, or on a later read. */
    public enum Seen {
        AFTER_WRITE,
        LATER
    }

    private final String servicePrincipalId;
    private final List<String> keys;
    private final Seen seen;

    public SecretsLost(String servicePrincipalId, List<String> keys, Seen seen) {
        super(message(servicePrincipalId, keys, seen), null);
        this.servicePrincipalId = servicePrincipalId;
        this.keys = List.copyOf(keys);
        this.seen = seen;
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("a loss names at least one key");
        }
    }

    private static String message(String servicePrincipalId, List<String> keys, Seen seen) {
        String named = String.join(", ", keys);
        return switch (seen) {
            case AFTER_WRITE ->
                "the secrets write lost " + named + ": service principal " + servicePrincipalId
                        + " held " + (keys.size() == 1 ? "it" : "them")
                        + " before the write and not after it (Graph replaced the whole set, and a masked value"
                        + " cannot be sent back)";
            case LATER ->
                "the secrets of service principal " + servicePrincipalId + " have lost " + named
                        + ": the service account's UserName is there without its Password";
        };
    }

    @Override
    public String failureCode() {
        return "secrets_lost";
    }

    public String servicePrincipalId() {
        return servicePrincipalId;
    }

    /** The keys that are gone, in the order they were held. */
    public List<String> keys() {
        return keys;
    }

    public Seen seen() {
        return seen;
    }
}
