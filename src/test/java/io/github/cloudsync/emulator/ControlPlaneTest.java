package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.testing.EmulatorControl;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The control plane: state export and import, the request log, and each kind of injected fault (docs/emulator.md). */
class ControlPlaneTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        control = new EmulatorControl(emulator.baseUri());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theDefaultStateIsOneOrganizationAndNoServicePrincipals() {
        JsonNode state = control.state();
        assertThat(state.at("/organization/id").asString()).isEqualTo(Tenant.DEFAULT_TENANT_ID);
        assertThat(state.path("servicePrincipals")).isEmpty();
    }

    @Test
    void aSeededStateIsServedAndExportsBackUnchanged() {
        control.seedStateFromResource("/emulator/configured-tenant.json");
        String sp = "/beta/servicePrincipals/22222222-2222-2222-2222-222222222222/synchronization";
        assertThat(graph.get(sp + "/jobs").json().path("value")).hasSize(2);
        assertThat(graph.get(sp + "/jobs").json().at("/value/0/status/code").asString())
                .isEqualTo("Active");
        JsonNode exported = control.state();
        assertThat(exported.at("/servicePrincipals/0/synchronization/secrets/1/value")
                        .asString())
                .isEqualTo("{\"appKeyScenario\":\"AD2AADPasswordHash\"}");
        control.seedState(exported.toString());
        assertThat(control.state()).isEqualTo(exported);
        assertThat(control.stateWithAllSchemas()
                        .at("/servicePrincipals/0/synchronization/jobs/0/schema/directories")
                        .isArray())
                .isTrue();
        assertThatThrownBy(() -> control.seedState("{\"servicePrincipals\":[]}"))
                .hasMessageContaining("400");
    }

    @Test
    void theRequestLogRecordsGraphCallsOnlyWithVersionQueryAndMillisecondTimes() {
        graph.get("/beta/servicePrincipals?$top=5");
        graph.withoutToken().get("/v1.0/organization");
        control.state();
        List<EmulatorControl.LoggedRequest> log = control.requests();
        assertThat(log)
                .extracting(EmulatorControl.LoggedRequest::path)
                .containsExactly("/beta/servicePrincipals?$top=5", "/v1.0/organization");
        assertThat(log).extracting(EmulatorControl.LoggedRequest::status).containsExactly(200, 401);
        assertThat(log.get(0).startedAt()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(log.get(0).endedAt()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        control.clearRequests();
        assertThat(control.requestCount()).isZero();
    }

    @Test
    void throttlingAnswers429WithRetryAfterForTheNextNMatchingRequests() {
        control.addFault("{\"kind\":\"status\",\"status\":429,\"count\":2,\"retryAfter\":3,\"method\":\"GET\","
                + "\"path\":\"/organization$\"}");
        GraphHttp.Answer first = graph.get("/beta/organization");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("3");
        assertThat(first.json().at("/error/code").asString()).isEqualTo("TooManyRequests");
        assertThat(graph.get("/beta/servicePrincipals").status()).isEqualTo(200);
        assertThat(graph.get("/beta/organization").status()).isEqualTo(429);
        assertThat(graph.get("/beta/organization").status()).isEqualTo(200);
    }

    @Test
    void serverErrorsAnswerTheNextNRequests() {
        control.addFault(
                "[{\"kind\":\"status\",\"status\":500,\"count\":1},{\"kind\":\"status\",\"status\":503,\"count\":1}]");
        assertThat(graph.get("/beta/organization").status()).isEqualTo(500);
        GraphHttp.Answer unavailable = graph.get("/beta/organization");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.header("Retry-After")).isNotBlank();
        assertThat(graph.get("/beta/organization").status()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionAfterCommitLeavesTheChangeMade() {
        control.addFault("{\"kind\":\"drop\",\"method\":\"POST\",\"path\":\"/instantiate$\",\"count\":1}");
        assertThatThrownBy(() -> graph.sendOrFail(
                        "POST",
                        "/beta/applicationTemplates/1a4721b3-e57f-4451-ae87-ef078703ec94/instantiate",
                        "{\"displayName\":\"contoso.com\"}"))
                .isInstanceOf(IOException.class);
        assertThat(graph.get("/beta/servicePrincipals").json().path("value")).hasSize(1);
        assertThat(control.requests().get(0).status()).isZero();
    }

    @Test
    void aNewObjectIs404ForTheConfiguredWindowAfterItsCreation() {
        control.addFault("{\"kind\":\"notFoundAfterCreate\",\"windowMs\":600000}");
        String spId = graph.instantiate("contoso.com");
        GraphHttp.Answer early = graph.post(
                "/beta/servicePrincipals/" + spId + "/synchronization/jobs", "{\"templateId\":\"AD2AADProvisioning\"}");
        assertThat(early.status()).isEqualTo(404);
        assertThat(early.json().at("/error/code").asString()).isEqualTo("Request_ResourceNotFound");
        control.clearFaults();
        assertThat(graph.get("/beta/servicePrincipals/" + spId).status()).isEqualTo(200);
    }

    @Test
    void aGlobalRateLimitAnswers429BeyondItsRate() {
        control.addFault("{\"kind\":\"rateLimit\",\"perSecond\":1,\"retryAfter\":1}");
        int throttled = 0;
        for (int i = 0; i < 10; i++) {
            GraphHttp.Answer answer = graph.get("/beta/organization");
            if (answer.status() == 429) {
                throttled++;
                assertThat(answer.header("Retry-After")).isEqualTo("1");
            }
        }
        assertThat(throttled).isPositive();
    }

    @Test
    void latencyDelaysTheAnswerByAtLeastTheConfiguredTime() {
        control.addFault("{\"kind\":\"latency\",\"latencyMs\":300,\"path\":\"/organization\"}");
        assertThat(graph.get("/beta/organization").status()).isEqualTo(200);
        EmulatorControl.LoggedRequest logged = control.requests().get(0);
        Duration served = Duration.between(Instant.parse(logged.startedAt()), Instant.parse(logged.endedAt()));
        assertThat(served).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void badFaultRulesAreRefused() {
        assertThatThrownBy(() -> control.addFault("{\"kind\":\"explode\"}")).hasMessageContaining("400");
        assertThatThrownBy(() -> control.addFault("{\"kind\":\"status\",\"status\":200}"))
                .hasMessageContaining("400");
    }
}
