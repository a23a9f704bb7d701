package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.render.Advice;
import io.github.cloudsync.testing.EmulatorControl.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault kind of the emulator's control plane, over real HTTP: what recovers, what fails and with which message.
 * Waits are asserted on the injected sleeper and on the order of the emulator's request timestamps, never wall time.
 */
class FaultRecoveryTest {
    private static final String TEMPLATE = LiveStateReader.CLOUD_SYNC_TEMPLATE_ID;

    private final EmulatedGraph graph = new EmulatedGraph();
    private final GraphSession session = graph.session();

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void throttlingWaitsExactlyWhatRetryAfterSaysThenRecovers() {
        graph.control.addFault("{\"kind\":\"status\",\"status\":429,\"retryAfter\":7,\"count\":2,"
                + "\"method\":\"GET\",\"path\":\"/organization\"}");
        assertThat(session.reader().organization().id()).isNotBlank();

        assertThat(graph.clock.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
        List<LoggedRequest> log = graph.control.requests();
        assertThat(log).extracting(LoggedRequest::status).containsExactly(429, 429, 200);
        for (int i = 1; i < log.size(); i++) {
            assertThat(Instant.parse(log.get(i).startedAt()))
                    .isAfterOrEqualTo(Instant.parse(log.get(i - 1).endedAt()));
        }
        assertThat(graph.trace).contains("graph: waiting 7000 ms before retrying (status 429)");
    }

    @Test
    void throttlingThatOutlastsTheAttemptsFailsWithTheThrottlingAdvice() {
        graph.control.addFault("{\"kind\":\"status\",\"status\":429,\"retryAfter\":1,\"count\":50}");
        assertThatThrownBy(() -> session.reader().organization()).isInstanceOfSatisfying(GraphException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.code()).isEqualTo("TooManyRequests");
            assertThat(e.getMessage()).startsWith("GET /beta/organization failed: 429 TooManyRequests");
            assertThat(Advice.of(e)).contains("throttling");
        });
        assertThat(graph.control.requestCount())
                .isEqualTo(EmulatedGraph.policy().maxAttempts());
    }

    @Test
    void retryAfterBeyondTheTotalBudgetFailsAtOnce() {
        graph.control.addFault("{\"kind\":\"status\",\"status\":429,\"retryAfter\":3600,\"count\":1}");
        assertThatThrownBy(() -> session.reader().organization()).isInstanceOf(GraphException.class);
        assertThat(graph.clock.sleeps()).isEmpty();
        assertThat(graph.control.requestCount()).isEqualTo(1);
    }

    @Test
    void unavailableAndGatewayTimeoutRecover() {
        graph.control.addFault("{\"kind\":\"status\",\"status\":503,\"retryAfter\":2,\"count\":1}");
        graph.control.addFault("{\"kind\":\"status\",\"status\":504,\"count\":1}");
        assertThat(session.reader().organization().id()).isNotBlank();
        // 503 carries Retry-After: 2; the 504 has none, so the backoff of the second retry: 2 s * (0.5 + 0.5/2)
        assertThat(graph.clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(1500));
        assertThat(graph.control.requests()).extracting(LoggedRequest::status).containsExactly(503, 504, 200);
    }

    @Test
    void internalServerErrorFailsWithoutRetry() {
        graph.control.addFault("{\"kind\":\"status\",\"status\":500,\"count\":1}");
        assertThatThrownBy(() -> session.reader().organization()).isInstanceOfSatisfying(GraphException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(Advice.of(e)).contains("request-id");
            assertThat(e.requestId()).isNotBlank();
        });
        assertThat(graph.control.requestCount()).isEqualTo(1);
    }

    @Test
    void latencyWithinTheTimeoutIsJustSlow() {
        graph.control.addFault("{\"kind\":\"latency\",\"latencyMs\":50,\"count\":1}");
        assertThat(session.reader().organization().id()).isNotBlank();
        assertThat(graph.clock.sleeps()).isEmpty();
    }

    @Test
    void latencyBeyondTheRequestTimeoutRetriesAReadAndAdoptsACreate() {
        // the emulator commits 800 ms after the client gave up (300 ms); the re-reads (after 0, 300, 900 ms) catch it
        RetryPolicy quick = new RetryPolicy(
                5,
                Duration.ofSeconds(20),
                Duration.ofMillis(400),
                Duration.ofSeconds(2),
                Duration.ofSeconds(60),
                () -> 0.5);
        GraphSession impatient = graph.session(
                GraphSettings.of(graph.endpoint(), TokenProvider.emulator(), "t")
                        .withRequestTimeout(Duration.ofMillis(300)),
                java.time.InstantSource.system(),
                Sleeper.system(),
                quick);
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "slow.example");
        impatient.reader().organization();
        graph.control.addFault("{\"kind\":\"latency\",\"latencyMs\":800,\"count\":1,\"method\":\"POST\"}");
        Job job = impatient.writer().createJob(sp.id(), "AD2AADProvisioning");

        assertThat(graph.trace)
                .filteredOn(l -> l.matches("graph: POST \\S+/synchronization/jobs -> .*"))
                .singleElement()
                .asString()
                .contains("no answer (HttpTimeoutException)");
        assertThat(graph.trace)
                .filteredOn(l -> l.matches("graph: GET \\S+/synchronization/jobs -> 200.*"))
                .hasSizeBetween(2, 3);
        assertThat(session.reader().jobs(sp.id())).extracting(Job::id).containsExactly(job.id());
    }

    @Test
    void droppedReadAndIdempotentWriteAreRepeated() {
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "drop.example");
        graph.control.addFault("{\"kind\":\"drop\",\"method\":\"GET\",\"count\":1}");
        graph.control.addFault("{\"kind\":\"drop\",\"method\":\"PUT\",\"count\":1}");
        session.writer().putSecrets(sp.id(), LiveSecrets.NONE, List.of(new SecretValue.Domain("drop.example")));
        assertThat(session.reader().secrets(sp.id()).read())
                .extracting(Secret::key)
                .contains("Domain");
        assertThat(graph.statuses("PUT", "/secrets")).hasSize(2);
    }

    @Test
    void lostInstantiateResponseAdoptsTheServicePrincipalInsteadOfMakingASecond() {
        graph.control.addFault("{\"kind\":\"drop\",\"method\":\"POST\",\"path\":\"/instantiate\",\"count\":1}");
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "lost.example");

        assertThat(session.reader().findServicePrincipals(TEMPLATE, "lost.example"))
                .extracting(ServicePrincipal::id)
                .containsExactly(sp.id());
        assertThat(graph.statuses("POST", "/instantiate")).hasSize(1);
    }

    @Test
    void lostCreateJobResponseAdoptsTheJobInsteadOfMakingASecond() {
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "lostjob.example");
        graph.control.addFault("{\"kind\":\"drop\",\"method\":\"POST\",\"path\":\"/jobs$\",\"count\":1}");
        Job job = session.writer().createJob(sp.id(), "AD2AADPasswordHash");

        assertThat(session.reader().jobs(sp.id())).extracting(Job::id).containsExactly(job.id());
        assertThat(graph.statuses("POST", "/synchronization/jobs$")).hasSize(1);
    }

    @Test
    void lostStartResponseIsNotRepeatedAndSaysTheEffectIsUnknown() {
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "start.example");
        Job job = session.writer().createJob(sp.id(), "AD2AADProvisioning");
        graph.control.addFault("{\"kind\":\"drop\",\"method\":\"POST\",\"path\":\"/start$\",\"count\":1}");
        assertThatThrownBy(() -> session.writer().startJob(sp.id(), job.id()))
                .isInstanceOfSatisfying(GraphException.class, e -> {
                    assertThat(e.code()).isEqualTo("NoResponse");
                    assertThat(e.getMessage()).contains("may or may not have taken effect");
                    assertThat(Advice.of(e)).contains("cloudsync plan");
                });
        assertThat(graph.statuses("POST", "/start$")).hasSize(1);
        assertThat(session.reader().jobs(sp.id()))
                .singleElement()
                .extracting(Job::scheduleState)
                .isEqualTo(ScheduleState.ACTIVE);
    }

    @Test
    void notFoundRightAfterACreateIsRetriedUntilGraphCatchesUp() {
        GraphSession patient = graph.realTimeSession(Duration.ofMillis(100));
        graph.control.addFault("{\"kind\":\"notFoundAfterCreate\",\"windowMs\":400}");
        ServicePrincipal sp = patient.writer().instantiate(TEMPLATE, "fresh.example");
        Job job = patient.writer().createJob(sp.id(), "AD2AADProvisioning");

        assertThat(job.templateId()).isEqualTo("AD2AADProvisioning");
        assertThat(graph.statuses("POST", "/synchronization/jobs$"))
                .startsWith(404)
                .endsWith(201);
    }

    @Test
    void notFoundOnAnObjectThisRunDidNotCreateFailsAtOnce() {
        ServicePrincipal sp = graph.session().writer().instantiate(TEMPLATE, "other.example");
        graph.control.addFault("{\"kind\":\"notFoundAfterCreate\",\"windowMs\":60000}");
        graph.control.clearRequests();
        assertThatThrownBy(() -> session.reader().jobs(sp.id()))
                .isInstanceOfSatisfying(
                        GraphException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(graph.control.requestCount()).isEqualTo(1);
    }

    @Test
    void aDiscover500IsWaitedOutOnlyRightAfterThisSessionsWrites() {
        String directory = "ba5b00eb-4c24-41a7-9d57-cd305d47d540";
        ServicePrincipal sp = graph.session().writer().instantiate(TEMPLATE, "discover.example");
        GraphSession other = graph.session();
        Job job = other.writer().createJob(sp.id(), "AD2AADProvisioning");
        other.writer().putSecrets(sp.id(), LiveSecrets.NONE, List.of(new SecretValue.Domain("discover.example")));
        String fault = "{\"kind\":\"status\",\"status\":500,\"method\":\"POST\",\"path\":\"/discover$\"}";
        graph.control.addFault(fault);
        graph.control.clearRequests();

        assertThatThrownBy(() -> session.writer().discover(sp.id(), job.id(), directory))
                .as("a session that wrote nothing")
                .isInstanceOfSatisfying(
                        GraphException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(graph.statuses("POST", "/discover$")).containsExactly(500);

        graph.control.addFault(fault);
        assertThat(other.writer().discover(sp.id(), job.id(), directory).hasAttribute("user", "displayName"))
                .isTrue();
        assertThat(graph.statuses("POST", "/discover$")).containsExactly(500, 500, 200);
    }

    @Test
    void rateLimitIsRidden() {
        GraphSession patient = graph.realTimeSession(Duration.ofMillis(100));
        graph.control.addFault("{\"kind\":\"rateLimit\",\"perSecond\":2,\"retryAfter\":1}");
        for (int i = 0; i < 4; i++) {
            assertThat(patient.reader().organization().id()).isNotBlank();
        }
        assertThat(graph.control.requests())
                .extracting(LoggedRequest::status)
                .contains(429)
                .endsWith(200);
    }
}
