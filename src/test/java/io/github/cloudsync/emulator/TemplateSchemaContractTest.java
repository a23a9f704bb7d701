package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Template default schemas, the device sync template and the backend's sorting of attribute mappings on PUT. */
class TemplateSchemaContractTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private String spId;
    private String base;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        spId = graph.instantiate("contoso.com");
        base = "/beta/servicePrincipals/" + spId + "/synchronization";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aJobStartsWithItsTemplatesDefaultAndDeleteGoesBackToIt() {
        for (String template : List.of("AD2AADProvisioning", "AD2AADPasswordHash", "AD2AADDeviceSync")) {
            GraphHttp.Answer answer = graph.get(base + "/templates/" + template + "/schema");
            assertThat(answer.status()).isEqualTo(200);
            JsonNode defaults = answer.json();
            assertThat(defaults.path("id").asString()).isEqualTo(template);
            assertThat(defaults.has("version")).isFalse();
            assertThat(defaults.path("@odata.context").asString())
                    .endsWith("/templates('" + template + "')/schema/$entity");
            String jobSchema = base + "/jobs/" + graph.createJob(spId, template) + "/schema";
            assertThat(graph.get(jobSchema).json().path("synchronizationRules"))
                    .isEqualTo(defaults.path("synchronizationRules"));
            ObjectNode edited = (ObjectNode) graph.get(jobSchema).json();
            ((ArrayNode) edited.at("/synchronizationRules/0/objectMappings/0/attributeMappings")).remove(0);
            assertThat(graph.put(jobSchema, edited.toString()).status()).isEqualTo(204);
            assertThat(graph.get(jobSchema).json().path("synchronizationRules"))
                    .isNotEqualTo(defaults.path("synchronizationRules"));
            graph.delete(jobSchema);
            assertThat(graph.get(jobSchema).json().path("synchronizationRules"))
                    .isEqualTo(defaults.path("synchronizationRules"));
            assertThat(graph.get(jobSchema).json().path("directories")).isEqualTo(defaults.path("directories"));
        }
        GraphHttp.Answer unknown = graph.get(base + "/templates/Slack/schema");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.innerCode()).isEqualTo("NotFound");
    }

    @Test
    void theProvisioningDefaultIsAtLeastAsRichAsTheReal2020Schema() {
        JsonNode defaults =
                graph.get(base + "/templates/AD2AADProvisioning/schema").json();
        JsonNode mappings = defaults.at("/synchronizationRules/0/objectMappings");
        List<String> sources = mappings.findValuesAsString("sourceObjectName");
        assertThat(sources).contains("user", "inetOrgPerson", "group", "contact");
        JsonNode users = mappings.get(sources.indexOf("user"));
        assertThat(users.path("name").asString()).isEqualTo("Provision Active Directory users");
        assertThat(users.path("attributeMappings")).hasSize(136);
        assertThat(mappings.get(sources.indexOf("inetOrgPerson")).path("attributeMappings"))
                .hasSize(136);
    }

    @Test
    void theDeviceSyncTemplateIsListedAndItsJobHasTheComputerMapping() {
        assertThat(graph.get(base + "/templates").json().path("value").findValuesAsString("id"))
                .contains("AD2AADDeviceSync");
        String jobId = graph.createJob(spId, "AD2AADDeviceSync");
        assertThat(jobId).startsWith("AD2AADDeviceSync.");
        JsonNode rule = graph.get(base + "/jobs/" + jobId + "/schema").json().at("/synchronizationRules/0");
        assertThat(rule.path("name").asString()).isEqualTo("AD2AADDeviceSync");
        assertThat(rule.path("id").asString()).isEqualTo(DeviceSyncSchema.RULE_ID);
        JsonNode computers = rule.at("/objectMappings/0");
        assertThat(computers.path("sourceObjectName").asString()).isEqualTo("computer");
        assertThat(computers.path("targetObjectName").asString()).isEqualTo("Device");
        assertThat(computers.path("attributeMappings").findValuesAsString("targetAttributeName"))
                .containsExactly(
                        "AccountEnabled",
                        "DeviceId",
                        "DeviceOSType",
                        "DeviceTrustType",
                        "DisplayName",
                        "OnPremiseSecurityIdentifier",
                        "RegisteredOwnerReference",
                        "SourceAnchor",
                        "UserCertificate");
        JsonNode trustType = computers.at("/attributeMappings/3/source");
        assertThat(trustType.path("type").asString()).isEqualTo("Constant");
        assertThat(trustType.path("name").asString()).isEqualTo("ServerAd");
        JsonNode schema = graph.get(base + "/jobs/" + jobId + "/schema").json();
        assertThat(schema.path("directories").findValuesAsString("name")).contains("Active Directory");
        assertThat(schema.toString()).contains("\"name\":\"computer\"", "\"name\":\"Device\"");
    }

    @Test
    void putSortsAttributeMappingsByTargetIgnoringCaseAndEveryDefaultIsSorted() {
        String jobSchema = base + "/jobs/" + graph.createJob(spId, "AD2AADProvisioning") + "/schema";
        ObjectNode sent = (ObjectNode) graph.get(jobSchema).json();
        ArrayNode users = (ArrayNode) sent.at("/synchronizationRules/0/objectMappings/0/attributeMappings");
        List<JsonNode> reversed = new ArrayList<>();
        users.forEach(m -> reversed.add(0, m));
        users.removeAll();
        users.addAll(reversed);
        ObjectNode added = users.insertObject(0);
        added.put("targetAttributeName", "accountZ");
        added.putObject("source").put("type", "Constant").put("name", "x");
        assertThat(graph.put(jobSchema, sent.toString()).status()).isEqualTo(204);
        List<String> back = graph.get(jobSchema)
                .json()
                .at("/synchronizationRules/0/objectMappings/0/attributeMappings")
                .findValuesAsString("targetAttributeName");
        assertThat(back.get(0)).isEqualTo("AccountEnabled");
        assertThat(back.get(1)).isEqualTo("accountZ");
        assertThat(back.subList(back.indexOf("DisplayName"), back.indexOf("DisplayName") + 3))
                .containsExactly("DisplayName", "DLMemRejectPerms", "DLMemSubmitPerms");
        assertSorted(back);
        for (String template : List.of("AD2AADProvisioning", "AAD2ADExchangeHybridWriteback", "AD2AADDeviceSync")) {
            for (JsonNode mapping : graph.get(base + "/templates/" + template + "/schema")
                    .json()
                    .at("/synchronizationRules/0/objectMappings")) {
                assertSorted(mapping.path("attributeMappings").findValuesAsString("targetAttributeName"));
            }
        }
    }

    private static void assertSorted(List<String> targets) {
        List<String> sorted = new ArrayList<>(targets);
        sorted.sort((a, b) -> a.toUpperCase(Locale.ROOT).compareTo(b.toUpperCase(Locale.ROOT)));
        assertThat(targets).isEqualTo(sorted);
    }
}
