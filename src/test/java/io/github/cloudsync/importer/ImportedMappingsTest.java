package io.github.cloudsync.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.MappedObjectType;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingRemoval;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What import writes of a live schema's attribute mappings against the template's, and what it only warns about. */
class ImportedMappingsTest {
    static final String TEMPLATE = schema(
            mapping("Department", "[department]", attribute("department"), "Always", 0),
            mapping("Mail", "[mail]", attribute("mail"), "Always", 0),
            mapping("Title", "[title]", attribute("title"), "Always", 0),
            mapping("CredentialData", "[PasswordHash]", attribute("PasswordHash"), "Always", 0),
            mapping("netBiosName", "[netBiosName]", attribute("netBiosName"), "Always", 0));

    @Test
    void aSchemaEqualToTheTemplateInAnyOrderNeedsNoOverlay() {
        List<String> warnings = new ArrayList<>();
        String reordered = schema(
                mapping("Title", "[title]", attribute("title"), "Always", 0),
                mapping("netBiosName", "[netBiosName]", attribute("netBiosName"), "Always", 0),
                mapping("Mail", "[mail]", attribute("mail"), "Always", 0),
                mapping("Department", "[department]", attribute("department"), "Always", 0),
                mapping("CredentialData", "[PasswordHash]", attribute("PasswordHash"), "Always", 0));

        assertThat(ImportedMappings.of(tree(reordered), tree(TEMPLATE), warnings))
                .isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void changedSourcesAndFlowsAreSetAndMissingDefaultsRemoved() {
        List<String> warnings = new ArrayList<>();
        String live = schema(
                mapping("Department", "Trim([department])", trim("department"), "Always", 0),
                mapping("Mail", "[mail]", attribute("mail"), "ObjectAddOnly", 0),
                mapping("netBiosName", "[netBiosName]", attribute("netBiosName"), "Always", 0));

        List<ObjectMappings> overlays = ImportedMappings.of(tree(live), tree(TEMPLATE), warnings);

        assertThat(overlays).singleElement().satisfies(user -> {
            assertThat(user.objectType()).isEqualTo(MappedObjectType.USER);
            assertThat(user.set())
                    .extracting(
                            AttributeMapping::target,
                            AttributeMapping::flow,
                            m -> m.source().expression())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Department", MappingFlow.ALWAYS, "Trim([department])"),
                            org.assertj.core.groups.Tuple.tuple("Mail", MappingFlow.ON_CREATE, "[mail]"));
            assertThat(user.set().get(1).source()).isEqualTo(MappingSource.attribute("mail"));
            assertThat(user.remove()).extracting(MappingRemoval::target).containsExactly("Title");
        });
        assertThat(warnings).as("CredentialData belongs to passwordHashSync").isEmpty();
    }

    @Test
    void whatAProfileCannotSayIsAWarningAndNotWritten() {
        List<String> warnings = new ArrayList<>();
        String live = schema(
                mapping("Department", "[department]", attribute("department"), "Always", 2),
                mapping("Mail", "[mail]", attribute("mail"), "AttributeAddOnly", 0),
                mapping("Title", "[title]", attribute("title"), "Always", 0),
                mapping("CredentialData", "[PasswordHash]", attribute("PasswordHash"), "Always", 0),
                mapping("netBiosName", "\"CONTOSO\"", constant("CONTOSO"), "Always", 0));

        assertThat(ImportedMappings.of(tree(live), tree(TEMPLATE), warnings)).isEmpty();
        assertThat(warnings)
                .hasSize(3)
                .anySatisfy(w -> assertThat(w).startsWith("user.Department differs from the default in more than"))
                .anySatisfy(w -> assertThat(w).startsWith("user.Mail has flow type AttributeAddOnly"))
                .anySatisfy(w -> assertThat(w).startsWith("user.netBiosName is filled by the service"));
    }

    private static JsonNode tree(String json) {
        return JsonMapper.shared().readTree(json);
    }

    private static String schema(String... mappings) {
        return "{\"synchronizationRules\":[{\"objectMappings\":[{\"sourceObjectName\":\"user\",\"targetObjectName\":"
                + "\"User\",\"attributeMappings\":[" + String.join(",", mappings) + "]}]}]}";
    }

    private static String mapping(String target, String expression, String source, String flow, int priority) {
        return "{\"defaultValue\":null,\"exportMissingReferences\":false,\"flowBehavior\":\"FlowWhenChanged\","
                + "\"flowType\":\"" + flow + "\",\"matchingPriority\":" + priority + ",\"targetAttributeName\":\""
                + target + "\",\"source\":"
                + source.replace("EXPR", JsonMapper.shared().writeValueAsString(expression))
                + "}";
    }

    private static String attribute(String name) {
        return "{\"expression\":EXPR,\"name\":\"" + name + "\",\"type\":\"Attribute\",\"parameters\":[]}";
    }

    private static String constant(String value) {
        return "{\"expression\":EXPR,\"name\":\"" + value + "\",\"type\":\"Constant\",\"parameters\":[]}";
    }

    private static String trim(String attribute) {
        return "{\"expression\":EXPR,\"name\":\"Trim\",\"type\":\"Function\",\"parameters\":[{\"key\":\"source\","
                + "\"value\":{\"expression\":\"[" + attribute + "]\",\"name\":\"" + attribute
                + "\",\"type\":\"Attribute\",\"parameters\":[]}}]}";
    }
}
