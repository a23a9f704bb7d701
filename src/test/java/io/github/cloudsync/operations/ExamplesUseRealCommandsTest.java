package io.github.cloudsync.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.Main;
import io.github.cloudsync.cli.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitOps examples (examples/github/cloudsync.yml, examples/kubernetes/cloudsync-drift.yaml and
 * cloudsync-drift-indexed.yaml) call only commands and
 * flags that exist: each cloudsync invocation in them is looked up in picocli's model of {@link Main}, flag by flag,
 * and then parsed as picocli would parse it (so required options and exclusive flags count too).
 */
class ExamplesUseRealCommandsTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)");

    @Test
    void theGitHubWorkflowUsesOnlyRealCommandsAndFlags() throws IOException {
        JsonNode workflow = YAML.readTree(Files.readString(Path.of("examples/github/cloudsync.yml")));
        List<List<String>> invocations = new ArrayList<>();
        for (JsonNode job : workflow.path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                for (String line : step.path("run").asString("").split("\n")) {
                    invocations.addAll(cloudsyncCalls(line));
                }
                // the cloudsync action (action.yml) runs `cloudsync ARGS` with its args input
                if (step.path("uses").asString("").startsWith("cloudsync/cloudsync@")
                        && step.path("with").has("args")) {
                    invocations.addAll(cloudsyncCalls(
                            "cloudsync " + step.path("with").path("args").asString()));
                }
            }
        }

        assertThat(invocations).extracting(i -> i.get(0)).contains("validate", "plan", "show", "apply", "drift");
        invocations.forEach(ExamplesUseRealCommandsTest::assertExists);
    }

    @Test
    void theKubernetesCronJobUsesOnlyRealCommandsAndFlags() throws IOException {
        List<List<String>> invocations = containerArgs("examples/kubernetes/cloudsync-drift.yaml");

        assertThat(invocations)
                .containsExactly(
                        List.of("drift", "/profiles", "--json", "--parallelism", "8", "--auth", "workload-identity"));
        invocations.forEach(ExamplesUseRealCommandsTest::assertExists);
    }

    @Test
    void theKubernetesIndexedJobUsesOnlyRealCommandsAndFlags() throws IOException {
        List<List<String>> invocations = containerArgs("examples/kubernetes/cloudsync-drift-indexed.yaml");

        assertThat(invocations).hasSize(1);
        assertThat(invocations.get(0)).startsWith("drift").contains("--shard-count");
        invocations.forEach(ExamplesUseRealCommandsTest::assertExists);
    }

    /** The arguments of every container of every CronJob in a Kubernetes example. */
    private static List<List<String>> containerArgs(String example) throws IOException {
        List<List<String>> invocations = new ArrayList<>();
        try (var documents = YAML.readValues(YAML.createParser(Files.readString(Path.of(example))), JsonNode.class)) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                for (JsonNode container : document.at("/spec/jobTemplate/spec/template/spec/containers")) {
                    List<String> args = new ArrayList<>();
                    container.path("args").forEach(a -> args.add(a.asString()));
                    invocations.add(args);
                }
            }
        }
        return invocations;
    }

    @Test
    void aFlagThatDoesNotExistIsCaught() {
        List<String> invented = List.of("drift", "profiles/", "--fail-on-drift");

        assertThat(unknownFlags(invented)).containsExactly("--fail-on-drift");
    }

    private static void assertExists(List<String> args) {
        assertThat(root().subcommands()).as("command %s", args.get(0)).containsKey(args.get(0));
        assertThat(unknownFlags(args)).as("flags of %s", args).isEmpty();
        CommandLine cli = Main.commandLine(Terminal.batch(Map.of()));
        cli.parseArgs(args.toArray(String[]::new));
    }

    private static List<String> unknownFlags(List<String> args) {
        CommandSpec command = root().subcommands().get(args.get(0)).getCommandSpec();
        return args.stream()
                .skip(1)
                .filter(a -> a.startsWith("-"))
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                .filter(flag -> command.findOption(flag) == null)
                .toList();
    }

    private static CommandSpec root() {
        return Main.commandLine(Terminal.batch(Map.of())).getCommandSpec();
    }

    /** The arguments of each {@code cloudsync} / {@code bin/cloudsync} call in a shell line, shell variables kept as words. */
    private static List<List<String>> cloudsyncCalls(String line) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(line);
        while (matcher.find()) {
            words.add(
                    matcher.group(1) != null
                            ? matcher.group(1)
                            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        List<List<String>> calls = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("cloudsync") || words.get(i).endsWith("/cloudsync")) {
                List<String> args = new ArrayList<>();
                for (int j = i + 1;
                        j < words.size()
                                && !List.of(">", ">>", "|", "&&", ";", "||").contains(words.get(j));
                        j++) {
                    args.add(words.get(j));
                }
                calls.add(args);
            }
        }
        return calls;
    }
}
