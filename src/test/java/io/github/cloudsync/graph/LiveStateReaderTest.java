package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.Cloud;
import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Notifications;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Request count and round-trip depth of a live-state read, from the emulator's request log. Every GET gets 150 ms of
 * injected latency so requests sent together really overlap; depth is the longest chain of requests each started after
 * the previous one ended ({@link EmulatedGraph#roundTripDepth()}).
 */
class LiveStateReaderTest {
    private static final String TEMPLATE = LiveStateReader.CLOUD_SYNC_TEMPLATE_ID;

    private final EmulatedGraph graph = new EmulatedGraph();
    private final GraphSession session = graph.session();

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void fullConfigurationIsFiveRequestsInThreeRoundTrips() {
        ServicePrincipal sp = configure("contoso.com");
        slowReads();

        LiveStateRead read = session.liveState().readWithWarnings(profile("contoso.com"));

        LiveState state = read.state();
        assertThat(state.servicePrincipal()).contains(sp);
        assertThat(state.jobs())
                .extracting(Job::templateId)
                .containsExactlyInAnyOrder("AD2AADProvisioning", "AD2AADPasswordHash");
        assertThat(state.secret("Domain")).isPresent();
        assertThat(state.provisioningSchema()).isPresent();
        assertThat(read.warnings()).isEmpty();
        assertThat(graph.control.requests()).hasSize(5).allMatch(r -> r.method().equals("GET") && r.status() == 200);
        assertThat(graph.roundTripDepth()).isEqualTo(3);
    }

    @Test
    void anExactModeProfileAlsoReadsTheTemplatesDefaultSchemaInTheSameRoundTrip() {
        configure("contoso.com");
        slowReads();
        Profile plain = profile("contoso.com");
        Profile.Configuration c = plain.configuration();
        Profile exact = new Profile(
                plain.name(),
                plain.tenant(),
                new Profile.Configuration(
                        c.domain(),
                        c.displayName(),
                        c.passwordHashSync(),
                        c.exchangeHybridWriteback(),
                        c.accidentalDeletes(),
                        c.notifications(),
                        c.state(),
                        Optional.empty(),
                        Optional.empty(),
                        new AttributeMappings(AttributeMappings.Mode.EXACT, List.of())));

        LiveState state = session.liveState().readForComparison(exact).state();

        JsonNode template = state.provisioningTemplateSchema().orElseThrow();
        assertThat(template.path("synchronizationRules").get(0).path("name").asString())
                .isEqualTo("AD2AADProvisioning");
        assertThat(template.has("directories"))
                .as("read without its directories")
                .isFalse();
        assertThat(graph.control.requests())
                .hasSize(6)
                .anyMatch(r -> r.path().endsWith("/synchronization/templates/AD2AADProvisioning/schema"));
        assertThat(graph.roundTripDepth()).isEqualTo(3);
        assertThat(session.liveState().read(plain).provisioningTemplateSchema())
                .as("a profile without attribute mappings does not need it")
                .isEmpty();
    }

    @Test
    void noConfigurationYetIsTwoRequestsInOneRoundTrip() {
        slowReads();
        LiveState state = session.liveState().read(profile("absent.example"));
        assertThat(state.servicePrincipal()).isEmpty();
        assertThat(graph.control.requests()).hasSize(2);
        assertThat(graph.roundTripDepth()).isEqualTo(1);
    }

    @Test
    void noProvisioningJobMeansNoSchemaRequest() {
        session.writer().instantiate(TEMPLATE, "bare.example");
        slowReads();
        LiveState state = session.liveState().read(profile("bare.example"));
        assertThat(state.provisioningSchema()).isEmpty();
        assertThat(graph.control.requests()).hasSize(4).noneMatch(r -> r.path().contains("/schema"));
        assertThat(graph.roundTripDepth()).isEqualTo(2);
    }

    @Test
    void severalMatchingServicePrincipalsPickTheFirstAndWarnNeverCreate() {
        ServicePrincipal first = session.writer().instantiate(TEMPLATE, "twice.example");
        session.writer().instantiate(TEMPLATE, "twice.example");
        graph.control.clearRequests();

        LiveStateRead read = session.liveState().readWithWarnings(profile("twice.example"));

        assertThat(read.state().servicePrincipal()).contains(first);
        assertThat(read.warnings())
                .singleElement()
                .asString()
                .contains("2 service principals")
                .contains(first.id());
        assertThat(graph.control.mutatingRequestCount()).isZero();
    }

    private ServicePrincipal configure(String name) {
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, name);
        session.writer().createJob(sp.id(), "AD2AADProvisioning");
        session.writer().createJob(sp.id(), "AD2AADPasswordHash");
        session.writer()
                .putSecrets(
                        sp.id(),
                        LiveSecrets.NONE,
                        List.of(
                                new SecretValue.Domain(name),
                                new SecretValue.AppKey(SecretValue.AppKey.Scenario.PASSWORD_HASH)));
        return sp;
    }

    private void slowReads() {
        graph.control.addFault("{\"kind\":\"latency\",\"latencyMs\":150,\"method\":\"GET\"}");
        graph.control.clearRequests();
    }

    static Profile profile(String displayName) {
        return new Profile(
                "test",
                new Profile.Tenant("00000000-0000-0000-0000-000000000001", Cloud.GLOBAL, true),
                new Profile.Configuration(
                        displayName,
                        displayName,
                        true,
                        false,
                        AccidentalDeletes.DEFAULT,
                        Notifications.DEFAULT,
                        DesiredState.ACTIVE));
    }
}
