package io.github.cloudsync.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Scans a profile's YAML tokens before any tree is built: tabs, syntax errors, aliases, duplicate keys and extra
 * documents become problems, and every key's place is recorded so later problems can point at the key itself.
 */
final class YamlStructure {
    private final YAMLMapper scanner;

    YamlStructure(YAMLMapper scanner) {
        this.scanner = scanner;
    }

    /** The problems found and where each key (by JSON pointer) was first written. */
    record Scan(List<Problem> problems, Map<String, Position> keys) {
        Scan {
            problems = List.copyOf(problems);
            keys = Map.copyOf(keys);
        }
    }

    Scan scan(String file, String text) {
        List<Problem> problems = new ArrayList<>(tabs(file, text));
        if (!problems.isEmpty()) {
            return new Scan(problems, Map.of());
        }
        Map<String, Position> keys = new HashMap<>();
        Deque<Map<String, Position>> open = new ArrayDeque<>();
        int rootValues = 0;
        try (JsonParser parser = scanner.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                Position at = positionOf(parser.currentTokenLocation());
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (open.isEmpty()
                        && token != JsonToken.END_OBJECT
                        && token != JsonToken.END_ARRAY
                        && ++rootValues == 2) {
                    problems.add(new Problem(
                            file,
                            at.line(),
                            at.column(),
                            "",
                            "a second YAML document starts here",
                            "a profile file holds exactly one document: remove the extra '---' and what follows"));
                    break;
                }
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    problems.add(alias(file, at, pointer, parser.getString()));
                    break;
                }
                if (parser instanceof YAMLParser yaml && yaml.getRawTag() != null) {
                    problems.add(new Problem(
                            file,
                            at.line(),
                            at.column(),
                            pointer,
                            "YAML tag '" + yaml.getRawTag() + "' is not allowed in a profile",
                            "remove the tag; quote the value if it is meant as text"));
                }
                switch (token) {
                    case START_OBJECT -> open.push(new HashMap<>());
                    case START_ARRAY -> open.push(Map.of());
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case PROPERTY_NAME -> {
                        Position first = open.peek().putIfAbsent(parser.currentName(), at);
                        keys.putIfAbsent(pointer, at);
                        if (first != null) {
                            problems.add(duplicate(file, at, pointer, parser.currentName(), first));
                        }
                    }
                    default -> {}
                }
            }
        } catch (StreamConstraintsException e) {
            problems.add(new Problem(
                    file,
                    1,
                    1,
                    "",
                    "the YAML nests deeper than a profile can: " + e.getOriginalMessage(),
                    "a profile nests at most four levels of mappings"));
        } catch (JacksonException e) {
            problems.add(syntax(file, e));
        }
        return new Scan(problems, keys);
    }

    /** Tabs are refused everywhere, one problem per line, so the layout a reader sees is the layout YAML reads. */
    private static List<Problem> tabs(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab >= 0) {
                int column = lines[i].codePointCount(0, tab) + 1;
                problems.add(new Problem(
                        file,
                        i + 1,
                        column,
                        "",
                        "tab character",
                        "indent and separate with spaces; YAML does not allow tabs for indentation"));
            }
        }
        return problems;
    }

    private static Problem alias(String file, Position at, String pointer, String anchor) {
        return new Problem(
                file,
                at.line(),
                at.column(),
                pointer,
                "YAML alias '*" + anchor + "' is not allowed in a profile",
                "write the value out in full; aliases are refused so that an alias bomb cannot expand");
    }

    private static Problem duplicate(String file, Position at, String pointer, String key, Position first) {
        return new Problem(
                file,
                at.line(),
                at.column(),
                pointer,
                "duplicate key '" + key + "' (first written at " + first.line() + ":" + first.column() + ")",
                "keep one of them: YAML keys must be unique within a mapping");
    }

    private static Problem syntax(String file, JacksonException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYamlEngineException marked
                && marked.getProblemMark().isPresent()) {
            Mark mark = marked.getProblemMark().get();
            String context = marked.getContext() == null
                    ? ""
                    : " (" + marked.getContext()
                            + marked.getContextMark()
                                    .map(m -> " that starts at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                                    .orElse("")
                            + ")";
            return new Problem(
                    file,
                    mark.getLine() + 1,
                    mark.getColumn() + 1,
                    "",
                    "YAML syntax error: " + marked.getProblem() + context,
                    "check the indentation and the ': ' after each key on this line and the one before");
        }
        Position at = positionOf(e.getLocation());
        return new Problem(
                file,
                at.line(),
                at.column(),
                "",
                "YAML syntax error: " + e.getOriginalMessage(),
                "check the indentation and the ': ' after each key on this line and the one before");
    }

    private static Position positionOf(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.START;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
