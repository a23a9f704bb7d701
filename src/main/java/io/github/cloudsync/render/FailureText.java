package io.github.cloudsync.render;

import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.ProfileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one formatter of a failure, for a command's stderr and for drift's entry of a profile alike: its stable code,
 * what happened, what to do ({@link Advice}), the profile problems that go before it and the request ids that go after.
 */
public record FailureText(
        String code, String message, String whatToDo, List<String> problems, Optional<String> requestIds) {
    public FailureText {
        problems = List.copyOf(problems);
    }

    /** Any failure; one that is not a {@link CloudsyncException} is unexpected. */
    public static FailureText of(Throwable failure) {
        if (!(failure instanceof CloudsyncException known)) {
            return new FailureText(
                    "unexpected",
                    "unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage(),
                    Advice.UNEXPECTED,
                    List.of(),
                    Optional.empty());
        }
        List<String> problems = known instanceof ProfileException profile ? profile.problems() : List.of();
        // a failed step (StepFailed) carries Graph's answer as its cause: its request-id is what support asks for
        Optional<String> requestIds = graphCause(known)
                .filter(graph -> graph.requestId() != null)
                .map(graph -> "request-id: " + graph.requestId() + "  client-request-id: " + graph.clientRequestId());
        String whatToDo = Objects.requireNonNullElse(Advice.of(known), "");
        return new FailureText(known.failureCode(), known.getMessage(), whatToDo, problems, requestIds);
    }

    /** The failure itself when it is Graph's, else the first Graph failure among its causes. */
    private static Optional<GraphException> graphCause(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause()) {
            if (at instanceof GraphException graph) {
                return Optional.of(graph);
            }
            if (at.getCause() == at) {
                break;
            }
        }
        return Optional.empty();
    }

    /** As a command prints it on stderr: the problems, {@code Error: ...}, the request ids, what to do. */
    public String commandOutput() {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p).append('\n'));
        out.append("Error: ").append(message).append('\n');
        requestIds.ifPresent(ids -> out.append("  ").append(ids).append('\n'));
        if (!whatToDo.isEmpty()) {
            out.append("  what to do: ").append(whatToDo).append('\n');
        }
        return TerminalText.escaped(out.toString());
    }

    /** As drift reports it for one profile: the problems and the request ids are its details. */
    public DriftReport.Failure driftFailure() {
        List<String> details = new ArrayList<>(problems);
        requestIds.ifPresent(details::add);
        return new DriftReport.Failure(code, message, whatToDo, details);
    }
}
