package io.github.cloudsync.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synchronization secrets as a GET returned them: every key and value as read ({@code read}, what a write must
 * keep: keys the profile does not own, fields of an owned value it does not own, which keys are masked), and the owned
 * keys' values decoded ({@code decoded}, only for a key Graph returned unmasked in a form the codec in {@code graph}
 * reads). Only that codec makes one from a GET; nothing else reads the text of {@code read}.
 */
public record LiveSecrets(List<Secret> read, Map<SecretKey, SecretValue> decoded) {
    /** No secrets at all, as on a service principal that does not exist yet. */
    public static final LiveSecrets NONE = new LiveSecrets(List.of(), Map.of());

    public LiveSecrets {
        read = List.copyOf(read);
        decoded = Map.copyOf(decoded);
        decoded.forEach((key, value) -> {
            if (value.key() != key) {
                throw new IllegalArgumentException(key + " cannot hold a value of " + value.key());
            }
        });
    }

    /** The first secret Graph returned under this key. */
    public Optional<Secret> secret(String key) {
        return read.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The decoded value of an owned key. */
    public Optional<SecretValue> value(SecretKey key) {
        return Optional.ofNullable(decoded.get(key));
    }

    /** The decoded value of the owned key whose values are of {@code type}. */
    public <T extends SecretValue> Optional<T> value(Class<T> type) {
        return decoded.values().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
    }

    @Override
    public String toString() {
        return "LiveSecrets[keys=" + read.stream().map(Secret::key).toList() + ", decoded=" + decoded.keySet() + "]";
    }
}
