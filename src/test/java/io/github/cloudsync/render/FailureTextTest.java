package io.github.cloudsync.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.ApplyTargetMissing;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.ConcurrentApply;
import io.github.cloudsync.model.ConcurrentJobCreate;
import io.github.cloudsync.model.ConfigurationMissing;
import io.github.cloudsync.model.DeletesHeld;
import io.github.cloudsync.model.DeletesNotHeld;
import io.github.cloudsync.model.DirectorySyncOffRefused;
import io.github.cloudsync.model.DiscoveryFailed;
import io.github.cloudsync.model.DomainUnknown;
import io.github.cloudsync.model.ExchangeSchemaMissing;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.JobMissing;
import io.github.cloudsync.model.NotConverged;
import io.github.cloudsync.model.PlanForOtherGraph;
import io.github.cloudsync.model.ProfileException;
import io.github.cloudsync.model.ProvisioningRuleMissing;
import io.github.cloudsync.model.SavedPlanUnusable;
import io.github.cloudsync.model.SchemaDirectoryMissing;
import io.github.cloudsync.model.SecretsLost;
import io.github.cloudsync.model.StalePlan;
import io.github.cloudsync.model.StepFailed;
import io.github.cloudsync.model.UsageException;
import io.github.cloudsync.model.WrongTenant;
import io.github.cloudsync.plan.Action.DiscoverDirectory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of failure has a stable code and advice, and one formatter serves a command's stderr and drift. */
class FailureTextTest {
    static List<CloudsyncException> oneOfEachKind() {
        GraphException throttled = new GraphException(
                GraphException.Kind.ERROR_ANSWER,
                429,
                "TooManyRequests",
                "GET /organization failed: 429 TooManyRequests",
                "rid-1",
                "crid-1",
                new GraphException.Call("Organization.Read.All", true, true, null),
                null);
        return List.of(
                new ApplyTargetMissing("job AD2AADProvisioning"),
                new ConcurrentApply("sp-old", "contoso.com", "sp-new", "app-new"),
                new ConfigurationMissing("t", "contoso.com", Optional.of("contoso.yaml")),
                new DeletesNotHeld("AD2AADProvisioning", "job-1", "Active", Optional.empty(), "contoso.yaml"),
                new DomainUnknown("Contoso"),
                new ExchangeSchemaMissing("user", "mailNickName"),
                throttled,
                new JobMissing("contoso.com", "AD2AADPasswordHash", "contoso.yaml"),
                new NotConverged(false),
                new PlanForOtherGraph("https://graph.microsoft.com", "http://127.0.0.1:8080"),
                new ProfileException("contoso.yaml", List.of("contoso.yaml:1:1: bad")),
                new ProvisioningRuleMissing("AD2AADProvisioning", "job-1", "contact"),
                SavedPlanUnusable.modified("plan.json"),
                new SchemaDirectoryMissing("Active Directory"),
                new SecretsLost("sp-1", List.of("Password"), SecretsLost.Seen.AFTER_WRITE),
                new StalePlan(List.of("secrets")),
                new StepFailed("secrets", throttled),
                new UsageException("--port must be between 0 and 65535", "pick a port, or 0 for a free one"),
                new WrongTenant("other", "wanted"),
                new DeletesHeld("AD2AADProvisioning", "job-1", "contoso.yaml"),
                new DirectorySyncOffRefused("t", DirectorySyncOffRefused.Why.NOT_ALLOWED),
                new ConcurrentJobCreate("AD2AADProvisioning", "job-old", "job-new"),
                new DiscoveryFailed(
                        Optional.of("contoso.com"),
                        new GraphException(
                                GraphException.Kind.ERROR_ANSWER,
                                500,
                                "DirectoryDiscoveryFailed",
                                "POST .../discover failed: 500 DirectoryDiscoveryFailed",
                                "rid-2",
                                "crid-2",
                                new GraphException.Call("Directory.ReadWrite.All", true, false, null),
                                null)));
    }

    @Test
    void thereIsOneExampleOfEveryKindOfFailure() {
        assertThat(oneOfEachKind().stream().map(Object::getClass).collect(Collectors.toSet()))
                .isEqualTo(Set.of(CloudsyncException.class.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachKind")
    void everyKindHasASnakeCaseCodeAndAdvice(CloudsyncException failure) {
        FailureText text = FailureText.of(failure);
        assertThat(text.code()).isEqualTo(failure.failureCode()).matches("[a-z]+(_[a-z]+)*");
        assertThat(text.whatToDo()).isNotBlank();
        assertThat(text.message()).isEqualTo(failure.getMessage());
    }

    @Test
    void codesAreUniqueAcrossKinds() {
        List<String> codes =
                oneOfEachKind().stream().map(CloudsyncException::failureCode).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(Arrays.stream(GraphException.Kind.values())
                        .map(k -> GraphException.of(k, null, "x", null).failureCode())
                        .distinct())
                .hasSize(GraphException.Kind.values().length);
    }

    @Test
    void aCommandPrintsProblemsFirstThenTheErrorTheRequestIdsAndWhatToDo() {
        assertThat(FailureText.of(new ProfileException("p.yaml", List.of("p.yaml:2:1: one", "p.yaml:3:1: two")))
                        .commandOutput())
                .isEqualTo("""
                        p.yaml:2:1: one
                        p.yaml:3:1: two
                        Error: p.yaml: 2 problem(s) in the profile
                          what to do: fix the lines above and run `cloudsync validate` again
                        """);
        GraphException throttled = (GraphException) oneOfEachKind().get(6);
        assertThat(FailureText.of(throttled).commandOutput()).isEqualTo("""
                        Error: GET /organization failed: 429 TooManyRequests
                          request-id: rid-1  client-request-id: crid-1
                          what to do: Graph is busy or throttling; wait a few minutes and run again
                        """);
    }

    @Test
    void driftGetsTheSameMessageAndAdviceWithProblemsAndRequestIdsAsDetails() {
        GraphException throttled = (GraphException) oneOfEachKind().get(6);
        assertThat(FailureText.of(throttled).driftFailure())
                .isEqualTo(new DriftReport.Failure(
                        "graph_error",
                        "GET /organization failed: 429 TooManyRequests",
                        "Graph is busy or throttling; wait a few minutes and run again",
                        List.of("request-id: rid-1  client-request-id: crid-1")));
    }

    @Test
    void aFailedStepAddsThatStepsAreSafeToRepeatToItsCausesAdvice() {
        GraphException interrupted = GraphException.of(GraphException.Kind.INTERRUPTED, "Interrupted", "x", null);
        assertThat(Advice.of(new StepFailed("secrets", interrupted)))
                .isEqualTo("fix the cause and run `cloudsync apply` again: every step is safe to repeat");
        assertThat(Advice.of(new StepFailed("secrets", new ExchangeSchemaMissing("user", "mailNickName"))))
                .endsWith("or set exchangeHybridWriteback: false (every step is safe to repeat)");
    }

    @Test
    void aDiscoveryThatKeptFailingSaysWhatItUsuallyMeans() {
        DiscoveryFailed failed =
                (DiscoveryFailed) oneOfEachKind().get(oneOfEachKind().size() - 1);
        assertThat(FailureText.of(new StepFailed(DiscoverDirectory.ADDRESS, failed))
                        .commandOutput())
                .isEqualTo("""
                        Error: step job/AD2AADProvisioning/schema/directories/discover failed: directory discovery \
                        failed for contoso.com: Graph answered 500 DirectoryDiscoveryFailed (POST .../discover failed: \
                        500 DirectoryDiscoveryFailed)
                          request-id: rid-2  client-request-id: crid-2
                          what to do: discover usually fails like this when no provisioning agent is registered for \
                        contoso.com yet (docs/graph.md section 16.2): install the cloud sync provisioning agent on a \
                        server joined to that domain, check that the Entra admin center lists it as active for this \
                        configuration, then run `cloudsync apply` again (every step is safe to repeat)
                        """);
    }

    @Test
    void anUnexpectedFailureSaysSo() {
        FailureText text = FailureText.of(new IllegalStateException("boom"));
        assertThat(text.code()).isEqualTo("unexpected");
        assertThat(text.commandOutput()).isEqualTo("""
                        Error: unexpected IllegalStateException: boom
                          what to do: run again with --verbose and report it if it persists
                        """);
    }
}
