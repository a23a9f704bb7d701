package io.github.cloudsync.render;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How every JSON document is written: indented for {@code --json}, one line for {@code --json-lines}. */
public final class JsonText {
    private static final JsonMapper JSON = JsonMapper.shared();

    private JsonText() {}

    /** The document indented, ending in a newline. */
    public static String pretty(JsonNode document) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    /** The document on one line, ending in a newline: one record for a log collector. */
    public static String line(JsonNode document) {
        return JSON.writeValueAsString(document) + "\n";
    }

    /** Either form. */
    public static String of(JsonNode document, boolean oneLine) {
        return oneLine ? line(document) : pretty(document);
    }
}
