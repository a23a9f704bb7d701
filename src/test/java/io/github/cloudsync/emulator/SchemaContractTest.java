package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.testing.EmulatorControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Schema GET/PUT/DELETE/PATCH and discover (docs/graph.md 4.7, 4.8, 11.1). */
class SchemaContractTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private EmulatorControl control;
    private String schema;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        control = new EmulatorControl(emulator.baseUri());
        String spId = graph.instantiate("contoso.com");
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        schema = "/beta/servicePrincipals/" + spId + "/synchronization/jobs/" + jobId + "/schema";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theDefaultSchemaHasTheModernMappingsTheRealAdDirectoryAndNoCredentialData() {
        JsonNode body = graph.get(schema).json();
        JsonNode rule = body.at("/synchronizationRules/0");
        assertThat(rule.path("id").asString()).isEqualTo("6c409270-f78a-4bc6-af23-7cf3ab6482fe");
        List<String> mappings = new ArrayList<>();
        rule.path("objectMappings")
                .forEach(m -> mappings.add(m.path("name").asString("") + ":"
                        + m.path("sourceObjectName").asString() + "->"
                        + m.path("targetObjectName").asString()));
        assertThat(mappings)
                .contains(
                        "Provision Active Directory users:user->User",
                        "Provision Active Directory inetOrgPersons:inetOrgPerson->User",
                        "Provision Active Directory groups:group->Group",
                        "Provision Active Directory contacts:contact->Contact");
        assertThat(body.path("directories").findValuesAsString("id")).contains(DefaultSchemas.AD_DIRECTORY_ID);
        assertThat(body.path("directories").findValuesAsString("name"))
                .contains("Active Directory", "Microsoft Entra ID");
        assertThat(graph.get(schema).text()).doesNotContain("\"targetAttributeName\":\"CredentialData\"");
        assertThat(body.path("id").asString()).isEqualTo(schema.replaceAll(".*/jobs/([^/]+)/schema", "$1"));
        assertThat(body.path("version").asString()).startsWith("Date:");
    }

    @Test
    void putKeepsTheClientsJsonExactlyExceptIdVersionAndContext() {
        ObjectNode sent = (ObjectNode) graph.get(schema).json();
        sent.put("version", "client-version");
        sent.put("id", "some-other-id");
        ObjectNode reordered = GraphHttp.JSON.createObjectNode();
        reordered.set("directories", sent.get("directories"));
        reordered.set("synchronizationRules", sent.get("synchronizationRules"));
        reordered.set("id", sent.get("id"));
        reordered.put("@odata.context", "ignored");
        ((ObjectNode) reordered.at("/synchronizationRules/0/objectMappings/0")).put("flowTypes", "Add,Update");
        String before = graph.get(schema).json().path("version").asString();
        assertThat(graph.put(schema, reordered.toString()).status()).isEqualTo(204);

        ObjectNode back = (ObjectNode) graph.get(schema).json();
        assertThat(back.path("version").asString()).startsWith("Date:").isNotEqualTo(before);
        assertThat(back.path("id").asString()).isNotEqualTo("some-other-id");
        assertThat(back.path("@odata.context").asString()).endsWith("/schema/$entity");
        List<String> keys = new ArrayList<>(back.propertyNames());
        assertThat(keys).containsExactly("@odata.context", "version", "directories", "synchronizationRules", "id");
        back.remove(List.of("@odata.context", "version", "id"));
        reordered.remove(List.of("@odata.context", "id"));
        assertThat(back.toString()).isEqualTo(reordered.toString());
    }

    @Test
    void putRefusesBadEnumsUnknownPropertiesAndDuplicateTargetsUnlessSwitched() {
        ObjectNode badEnum = (ObjectNode) graph.get(schema).json();
        ((ObjectNode) badEnum.at("/synchronizationRules/0/objectMappings/0/attributeMappings/0"))
                .put("flowType", "always");
        assertThat(graph.put(schema, badEnum.toString()).status()).isEqualTo(400);

        ObjectNode unknown = (ObjectNode) graph.get(schema).json();
        ((ObjectNode) unknown.at("/synchronizationRules/0/objectMappings/0")).put("sourceObject", "user");
        assertThat(graph.put(schema, unknown.toString()).status()).isEqualTo(400);

        ObjectNode duplicate = (ObjectNode) graph.get(schema).json();
        ArrayNode attributeMappings =
                (ArrayNode) duplicate.at("/synchronizationRules/0/objectMappings/0/attributeMappings");
        attributeMappings.add(attributeMappings.get(0).deepCopy());
        GraphHttp.Answer refused = graph.put(schema, duplicate.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.innerCode()).isEqualTo("DuplicateTargetAttribute");
        control.settings("{\"duplicateTargetAttribute\":\"keepBoth\"}");
        assertThat(graph.put(schema, duplicate.toString()).status()).isEqualTo(204);
    }

    @Test
    void deleteResetsToTheDefaultAndPatchIsTheBackendsNoResource404() {
        String original = graph.get(schema).json().path("synchronizationRules").toString();
        ObjectNode edited = (ObjectNode) graph.get(schema).json();
        ((ObjectNode) edited.at("/synchronizationRules/0")).put("name", "edited");
        graph.put(schema, edited.toString());
        assertThat(graph.delete(schema).status()).isEqualTo(204);
        assertThat(graph.get(schema).json().path("synchronizationRules").toString())
                .isEqualTo(original);

        GraphHttp.Answer patch = graph.patch(schema, edited.toString());
        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.json().at("/error/code").asString()).isEqualTo("UnknownError");
        assertThat(GraphHttp.JSON
                        .readTree(patch.json().at("/error/message").asString())
                        .path("Message")
                        .asString())
                .startsWith(
                        "No HTTP resource was found that matches the request URI 'https://syncfabric.windowsazure.com/api/");
    }

    @Test
    void discoverShowsMailNicknameOnlyWhenTheAdHasTheExchangeSchema() {
        String discover = schema + "/directories/" + DefaultSchemas.AD_DIRECTORY_ID + "/discover";
        String secrets = schema.substring(0, schema.indexOf("/jobs/")) + "/secrets";
        graph.put(secrets, "{\"value\":[{\"key\":\"Domain\",\"value\":\"{\\\"domain\\\":\\\"contoso.com\\\"}\"}]}");
        GraphHttp.Answer without = graph.post(discover, null);
        assertThat(without.status()).isEqualTo(200);
        assertThat(userAttributes(without.json())).isNotEmpty().doesNotContain("mailnickname");
        assertThat(without.json().path("discoveryDateTime").asString()).matches("\\d{4}-.*Z");
        control.settings("{\"exchangeSchema\":true}");
        assertThat(userAttributes(graph.post(discover, null).json())).contains("mailnickname");
        assertThat(graph.post(schema + "/directories/00000000-0000-0000-0000-000000000000/discover", null)
                        .status())
                .isEqualTo(404);
    }

    private static List<String> userAttributes(JsonNode directory) {
        List<String> names = new ArrayList<>();
        for (JsonNode object : directory.path("objects")) {
            if (object.path("name").asString().equals("user")) {
                object.path("attributes")
                        .forEach(a -> names.add(a.path("name").asString().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return names;
    }
}
