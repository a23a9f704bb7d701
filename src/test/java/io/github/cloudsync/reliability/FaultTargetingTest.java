package io.github.cloudsync.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.emulator.GraphEmulator;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault-rule fields the reliability suite added to the emulator: {@code skip}, {@code "!GET"}, reset, fraction. */
class FaultTargetingTest {
    private static final String ORG = "/beta/organization/" + EmulatedTenant.TENANT;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private GraphEmulator emulator;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        control = new EmulatorControl(emulator.baseUri());
        control.seedStateFromResource("/emulator/empty-tenant.json");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void skipAndNegatedMethodHitExactlyTheThirdMutatingRequest() throws Exception {
        control.addFault("{\"kind\":\"status\",\"status\":500,\"method\":\"!GET\",\"skip\":2,\"count\":1}");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(send("GET", "/beta/organization"));
            statuses.add(send("PATCH", ORG));
        }
        statuses.add(send("PATCH", ORG));
        assertThat(statuses).containsExactly(200, 204, 200, 204, 200, 500, 204);
    }

    @Test
    void resetClosesTheConnectionBeforeAnythingIsCommittedWhileDropCommitsFirst() {
        control.addFault("{\"kind\":\"reset\",\"method\":\"PATCH\"}");
        assertThatThrownBy(() -> send("PATCH", ORG)).isInstanceOf(IOException.class);
        assertThat(control.state().at("/organization/onPremisesSyncEnabled").asBoolean())
                .isFalse();

        control.addFault("{\"kind\":\"drop\",\"method\":\"PATCH\"}");
        assertThatThrownBy(() -> send("PATCH", ORG)).isInstanceOf(IOException.class);
        assertThat(control.state().at("/organization/onPremisesSyncEnabled").asBoolean())
                .isTrue();
        assertThat(control.requests())
                .extracting(EmulatorControl.LoggedRequest::status)
                .containsExactly(0, 0);
    }

    @Test
    void aFractionAnswersThatShareOfRequestsEvenlySpread() throws Exception {
        control.addFault("{\"kind\":\"status\",\"status\":429,\"fraction\":0.3,\"count\":-1}");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(send("GET", "/beta/organization"));
        }
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(6);
        assertThat(statuses.subList(0, 4)).containsExactly(200, 200, 200, 429);
    }

    private int send(String method, String path) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = method.equals("GET")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{\"onPremisesSyncEnabled\":true}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
                .method(method, body)
                .header("Authorization", "Bearer test")
                .header("Content-Type", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
