package io.github.cloudsync.emulator;

/**
 * How a secrets PUT treats keys it does not mention (docs/graph.md 6.3: the evidence conflicts, so both are offered).
 */
public enum SecretsMode {
    /** Per-key upsert; {@code ""} deletes a plain key; keys not sent are kept. The default. */
    MERGE,
    /** The PUT's keys become the whole set, as the article's wording implies. */
    REPLACE;

    /** The name used on the command line and in the state file. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code merge} or {@code replace}, any case. */
    public static SecretsMode parse(String text) {
        for (SecretsMode mode : values()) {
            if (mode.wireName().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("secrets mode must be merge or replace, not '" + text + "'");
    }
}
