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
        Optional<String> requestIds = known instanceof GraphException graph && graph.requestId() != null
                ? Optional.of("request-id: " + graph.requestId() + "  client-request-id: " + graph.clientRequestId())
                : Optional.empty();
        String whatToDo = Objects.requireNonNullElse(Advice.of(known), "");
        return new FailureText(known.failureCode(), known.getMessage(), whatToDo, problems, requestIds);
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
        return out.toString();
    }

    /** As drift reports it for one profile: the problems and the request ids are its details. */
    public DriftReport.Failure driftFailure() {
        List<String> details = new ArrayList<>(problems);
        requestIds.ifPresent(details::add);
        return new DriftReport.Failure(code, message, whatToDo, details);
    }
}
