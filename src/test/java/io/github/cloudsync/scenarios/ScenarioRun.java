package io.github.cloudsync.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import io.github.cloudsync.testing.EmulatorFixture;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * One scenario against its own emulator: seeds the state, runs the CLI in-process over HTTP and collects every output,
 * normalised, under the golden file name it is compared with.
 */
final class ScenarioRun implements AutoCloseable {
    private final ScenarioInputs inputs;
    private final EmulatorFixture fixture = EmulatorFixture.start();
    private final String url = fixture.url();
    private final CliRun cli = fixture.cli();
    private final IdPlaceholders ids;
    private final Map<String, String> outputs = new TreeMap<>();
    final EmulatorControl control = fixture.control();

    ScenarioRun(ScenarioInputs inputs) {
        this.inputs = inputs;
        this.ids = new IdPlaceholders(
                url,
                inputs.profileText(),
                inputs.stateText(),
                inputs.changedStateText().orElse(""));
    }

    void seed(String stateText) {
        control.seedState(ScenarioInputs.expand(stateText));
    }

    /** Runs cloudsync against the emulator with the scenario's profile after {@code args}. */
    CliRun.Result withProfile(String... args) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of("-p", inputs.profileArgument()))
                .toArray(String[]::new);
        return fixture.run(all);
    }

    CliRun.Result run(String... args) {
        return fixture.run(args);
    }

    CliRun.Result offline(String... args) {
        return cli.run(args);
    }

    /**
     * Records a plan output: it must have succeeded with nothing on stderr but the reader's warnings (several jobs of
     * a template, say), which are recorded after stdout when there are any.
     */
    void recordPlan(String file, CliRun.Result result) {
        assertThat(result.exitCode()).as(file + ": " + result.err()).isZero();
        assertThat(result.err().lines())
                .as(file + " stderr")
                .allSatisfy(line -> assertThat(line).startsWith("Warning: "));
        String text = result.err().isEmpty() ? result.out() : result.out() + "--- stderr ---\n" + result.err();
        outputs.put(file, ids.normalise(text));
    }

    /** Records a command's stdout, stderr and exit code. */
    void recordAll(String file, CliRun.Result result) {
        String text = result.out() + "--- stderr ---\n" + result.err() + "--- exit code: " + result.exitCode() + "\n";
        outputs.put(file, ids.normalise(text));
    }

    void record(String file, String text) {
        outputs.put(file, ids.normalise(text));
    }

    /** The mutating requests since the last clear, one line each: method and path. */
    String mutatingRequests() {
        return format(control.requests().stream().filter(LoggedRequest::mutating));
    }

    /** The mutating requests of an apply that printed {@code applyOutput}, in the order of its steps. */
    String mutatingRequests(String applyOutput) {
        return format(RequestsInStepOrder.of(mutatingRequestList(), applyOutput).stream());
    }

    private static String format(java.util.stream.Stream<LoggedRequest> requests) {
        return requests.map(r ->
                        r.method() + " " + r.path().replaceFirst("^/(beta|v1\\.0)", "") + " -> " + r.status() + "\n")
                .collect(Collectors.joining());
    }

    List<LoggedRequest> mutatingRequestList() {
        return control.requests().stream().filter(LoggedRequest::mutating).toList();
    }

    JsonNode state() {
        return control.stateWithAllSchemas();
    }

    Map<String, String> outputs() {
        return outputs;
    }

    @Override
    public void close() {
        fixture.close();
    }
}
