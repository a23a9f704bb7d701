package io.github.cloudsync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule that keeps one job of a template out of several, as a table: the jobs, the one kept, and why. */
class JobChoiceTest {
    static Stream<Arguments> choices() {
        return Stream.of(
                Arguments.of("one job", List.of(job("a", ScheduleState.DISABLED, null)), "a", JobChoice.Basis.ONLY),
                Arguments.of(
                        "the Active one over a Disabled one that sorts first",
                        List.of(job("a", ScheduleState.DISABLED, null), job("b", ScheduleState.ACTIVE, null)),
                        "b",
                        JobChoice.Basis.ACTIVE),
                Arguments.of(
                        "the Active one even when the other ran later",
                        List.of(
                                job("a", ScheduleState.PAUSED, "2026-11-02T00:00:00Z"),
                                job("b", ScheduleState.ACTIVE, "2026-01-01T00:00:00Z")),
                        "b",
                        JobChoice.Basis.ACTIVE),
                Arguments.of(
                        "none Active: the one whose last execution began latest",
                        List.of(
                                job("a", ScheduleState.PAUSED, "2026-11-01T10:00:00Z"),
                                job("b", ScheduleState.DISABLED, null),
                                job("c", ScheduleState.PAUSED, "2026-11-01T10:30:00+01:00")),
                        "a",
                        JobChoice.Basis.LATEST_EXECUTION),
                Arguments.of(
                        "two Active: of those, the one that ran last",
                        List.of(
                                job("a", ScheduleState.ACTIVE, "2026-11-01T10:00:00Z"),
                                job("b", ScheduleState.ACTIVE, "2026-11-01T11:00:00Z"),
                                job("c", ScheduleState.PAUSED, "2026-11-01T12:00:00Z")),
                        "b",
                        JobChoice.Basis.LATEST_EXECUTION),
                Arguments.of(
                        "nothing tells them apart: the first by id",
                        List.of(job("b", ScheduleState.PAUSED, null), job("a", ScheduleState.PAUSED, "not a time")),
                        "a",
                        JobChoice.Basis.FIRST_BY_ID),
                Arguments.of(
                        "the same instant is a tie: the first by id",
                        List.of(
                                job("b", ScheduleState.PAUSED, "2026-11-01T10:00:00Z"),
                                job("a", ScheduleState.PAUSED, "2026-11-01T11:00:00+01:00")),
                        "a",
                        JobChoice.Basis.FIRST_BY_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("choices")
    void keepsTheJobThatRuns(String name, List<Job> jobs, String kept, JobChoice.Basis basis) {
        JobChoice choice = JobChoice.among(jobs).orElseThrow();

        assertThat(choice.kept().id()).isEqualTo(kept);
        assertThat(choice.basis()).isEqualTo(basis);
        assertThat(choice.others())
                .extracting(Job::id)
                .containsExactlyElementsOf(jobs.stream()
                        .map(Job::id)
                        .filter(id -> !id.equals(kept))
                        .sorted()
                        .toList());
    }

    @Test
    void noJobsNoChoice() {
        assertThat(JobChoice.among(List.of())).isEmpty();
    }

    @Test
    void theOrderGraphListsThemInDoesNotMatter() {
        Job disabled = job("a", ScheduleState.DISABLED, null);
        Job active = job("b", ScheduleState.ACTIVE, null);

        assertThat(JobChoice.among(List.of(active, disabled)).orElseThrow().kept())
                .isEqualTo(
                        JobChoice.among(List.of(disabled, active)).orElseThrow().kept());
    }

    private static Job job(String id, ScheduleState state, String began) {
        Optional<JobStatus.Execution> last = began == null
                ? Optional.empty()
                : Optional.of(new JobStatus.Execution("Succeeded", began, began, 0, 0, 0, null, null));
        return new Job(
                id,
                "AD2AADProvisioning",
                state,
                "PT40M",
                new JobStatus(state.graphName(), Optional.empty(), last, Optional.empty(), null, 0));
    }
}
