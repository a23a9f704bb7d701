package io.github.cloudsync.cli;

import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.render.JsonText;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code --json} and {@code --json-lines} for a command with one document to print: stdout then holds only that
 * document (indented, or on one line for a log collector), and a failure is a JSON error document on stderr.
 */
final class JsonOptions {
    /** The option names, as {@link FailureHandler} and {@link UsageErrors} look for them. */
    static final String JSON = "--json";

    static final String JSON_LINES = "--json-lines";

    @Option(names = JSON, description = "Machine-readable JSON on stdout (the schema is in schemas/).")
    boolean json;

    @Option(names = JSON_LINES, description = "The same JSON document on one line, for log collectors.")
    boolean jsonLines;

    /** Whether a JSON form was asked for; both at once is a usage error. */
    boolean any() {
        if (json && jsonLines) {
            throw new UsageException("--json and --json-lines were both given", "pick one");
        }
        return json || jsonLines;
    }

    void print(PrintWriter out, JsonNode document) {
        out.print(JsonText.of(document, jsonLines));
        out.flush();
    }
}
