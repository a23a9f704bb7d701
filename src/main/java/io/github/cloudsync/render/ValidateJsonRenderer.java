package io.github.cloudsync.render;

import io.github.cloudsync.model.Profile;
import io.github.cloudsync.profile.Problem;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code validate --json}, format version 1.0 ({@code schemas/validate.v1.schema.json}): per file whether it is valid and
 * every problem with its file, 1-based line and column (null when it has no place in the text), JSON pointer (RFC 6901,
 * empty for the whole document), message and hint: what GitHub annotations and editors need.
 */
public final class ValidateJsonRenderer {
    public static final String FORMAT_VERSION = "1.0";

    private static final JsonMapper JSON = JsonMapper.shared();

    private ValidateJsonRenderer() {}

    /** One checked file: its name as given, the profile's name when it loaded, and its problems in file order. */
    public record FileResult(String file, Optional<Profile> profile, List<Problem> problems) {
        public FileResult {
            problems = List.copyOf(problems);
        }
    }

    public static ObjectNode tree(List<FileResult> files) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        long invalid = files.stream().filter(f -> !f.problems().isEmpty()).count();
        root.put("valid", invalid == 0);
        ObjectNode summary = root.putObject("summary");
        summary.put("files", files.size());
        summary.put("valid", files.size() - invalid);
        summary.put("invalid", invalid);
        summary.put(
                "problems", files.stream().mapToInt(f -> f.problems().size()).sum());
        ArrayNode list = root.putArray("files");
        for (FileResult file : files) {
            ObjectNode node = list.addObject();
            node.put("file", file.file());
            node.put("valid", file.problems().isEmpty());
            node.put(
                    "name",
                    file.problems().isEmpty()
                            ? file.profile().map(Profile::name).orElse(null)
                            : null);
            ArrayNode problems = node.putArray("problems");
            file.problems().forEach(p -> problems.add(problem(p)));
        }
        return root;
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", problem.file());
        if (problem.line() > 0) {
            node.put("line", problem.line());
            node.put("column", problem.column());
        } else {
            node.putNull("line");
            node.putNull("column");
        }
        node.put("pointer", problem.pointer());
        node.put("message", problem.message());
        node.put("hint", problem.hint());
        return node;
    }
}
