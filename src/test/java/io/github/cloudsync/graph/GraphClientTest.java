package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every reader and writer call over real HTTP against the emulator, as Microsoft's recipe uses them. */
class GraphClientTest {
    static final String TEMPLATE = LiveStateReader.CLOUD_SYNC_TEMPLATE_ID;

    private final EmulatedGraph graph = new EmulatedGraph();
    private final GraphSession session = graph.session();

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void recipeRoundTripsThroughEveryCall() {
        GraphReader reader = session.reader();
        GraphWriter writer = session.writer();
        Organization org = reader.organization();
        writer.setDirectorySyncEnabled(org.id(), true);
        assertThat(reader.organization().onPremisesSyncEnabled()).isTrue();

        ServicePrincipal sp = writer.instantiate(TEMPLATE, "contoso.com");
        assertThat(sp.applicationTemplateId()).isEqualTo(TEMPLATE);
        assertThat(reader.findServicePrincipals(TEMPLATE, "Contoso.COM"))
                .extracting(ServicePrincipal::id)
                .containsExactly(sp.id());

        Job provisioning = writer.createJob(sp.id(), "AD2AADProvisioning");
        assertThat(provisioning.scheduleState()).isEqualTo(ScheduleState.DISABLED);
        writer.putSecrets(sp.id(), LiveSecrets.NONE, List.of(new SecretValue.Domain("contoso.com")));
        assertThat(reader.secrets(sp.id()).read()).extracting(Secret::key).contains("Domain");
        assertThat(reader.secrets(sp.id()).value(SecretKey.DOMAIN)).contains(new SecretValue.Domain("contoso.com"));

        JsonNode schema = reader.schema(sp.id(), provisioning.id());
        String adDirectory = directoryId(schema, "Active Directory");
        assertThat(writer.discover(sp.id(), provisioning.id(), adDirectory).hasAttribute("user", "sAMAccountName"))
                .isTrue();

        writer.startJob(sp.id(), provisioning.id());
        assertThat(reader.jobs(sp.id()))
                .singleElement()
                .extracting(Job::scheduleState)
                .isEqualTo(ScheduleState.ACTIVE);
        writer.pauseJob(sp.id(), provisioning.id());
        assertThat(reader.jobs(sp.id()))
                .singleElement()
                .extracting(Job::scheduleState)
                .isEqualTo(ScheduleState.PAUSED);
        writer.restartJob(sp.id(), provisioning.id(), "Full");
        writer.deleteJob(sp.id(), provisioning.id());
        assertThat(reader.jobs(sp.id())).isEmpty();
    }

    @Test
    void schemaTreeKeepsKeyOrderThroughGetAndPut() {
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "order.example");
        Job job = session.writer().createJob(sp.id(), "AD2AADProvisioning");
        ObjectNode schema = (ObjectNode) session.reader().schema(sp.id(), job.id());
        List<String> keysBefore = List.copyOf(schema.propertyNames());
        session.writer().putSchema(sp.id(), job.id(), schema, JsonNodeFactory.instance.arrayNode());
        JsonNode after = session.reader().schema(sp.id(), job.id());
        assertThat(List.copyOf(after.propertyNames())).isEqualTo(keysBefore);
        assertThat(after.path("synchronizationRules").toString())
                .isEqualTo(schema.path("synchronizationRules").toString());
    }

    @Test
    void instantiateOnV1ReadsIdAndBetaReadsEither() {
        GraphSession v1 = graph.session(
                GraphSettings.of(
                        GraphEndpoint.of(
                                io.github.cloudsync.model.Cloud.GLOBAL,
                                graph.emulator.baseUri().toString(),
                                "v1.0"),
                        TokenProvider.emulator(),
                        "t"),
                graph.clock,
                graph.clock,
                EmulatedGraph.policy());
        ServicePrincipal fromV1 = v1.writer().instantiate(TEMPLATE, "v1.example");
        ServicePrincipal fromBeta = session.writer().instantiate(TEMPLATE, "beta.example");
        assertThat(session.reader().findServicePrincipals(TEMPLATE, "v1.example"))
                .extracting(ServicePrincipal::id)
                .containsExactly(fromV1.id());
        assertThat(session.reader().findServicePrincipals(TEMPLATE, "beta.example"))
                .extracting(ServicePrincipal::id)
                .containsExactly(fromBeta.id());
    }

    @Test
    void listsFollowNextLinkAcrossPages() {
        List<String> ids = IntStream.range(0, 101)
                .mapToObj(i ->
                        session.writer().instantiate(TEMPLATE, "many.example").id())
                .toList();
        graph.control.clearRequests();
        assertThat(session.reader().findServicePrincipals(TEMPLATE, "many.example"))
                .extracting(ServicePrincipal::id)
                .containsExactlyElementsOf(ids);
        assertThat(graph.statuses("GET", "/servicePrincipals")).containsExactly(200, 200);
    }

    @Test
    void syncBackendErrorsAreUnwrappedWithTheirRequestIds() {
        ServicePrincipal sp = session.writer().instantiate(TEMPLATE, "errors.example");
        assertThatThrownBy(() -> session.writer()
                        .putSecrets(
                                sp.id(),
                                SecretsCodec.read(List.of(new Secret("SyncNotificationSettings", "not a JSON object"))),
                                List.of()))
                .isInstanceOfSatisfying(GraphException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("InvalidNotificationSettings");
                    assertThat(e.requestId()).isNotBlank();
                    assertThat(e.clientRequestId()).matches("[0-9a-f-]{36}");
                });
    }

    @Test
    void everyRequestCarriesUserAgentAndAFreshClientRequestId() {
        session.reader().organization();
        session.reader().organization();
        assertThat(graph.trace)
                .filteredOn(l -> l.startsWith("graph: > User-Agent:"))
                .containsOnly("graph: > User-Agent: cloudsync/" + EmulatedGraph.VERSION)
                .hasSize(2);
        assertThat(graph.trace.stream()
                        .filter(l -> l.startsWith("graph: > client-request-id:"))
                        .distinct())
                .hasSize(2);
        assertThat(graph.trace)
                .filteredOn(l -> l.startsWith("graph: GET "))
                .allMatch(l -> l.matches("graph: GET http://127\\.0\\.0\\.1:\\d+/beta/organization -> 200 in \\d+ ms, "
                        + "request-id [0-9a-f-]+, retry 0"));
    }

    private static String directoryId(JsonNode schema, String name) {
        for (JsonNode directory : schema.path("directories")) {
            if (name.equals(directory.path("name").asString())) {
                return directory.path("id").asString();
            }
        }
        throw new AssertionError("no directory " + name);
    }
}
