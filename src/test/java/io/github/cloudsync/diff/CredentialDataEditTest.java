package io.github.cloudsync.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.flipkart.zjsonpatch.Jackson3JsonPatch;
import io.github.cloudsync.plan.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The CredentialData edit on the real 2020 schema and the synthetic modern one (docs/graph.md section 1.2). */
class CredentialDataEditTest {
    @Test
    void realSchemaGetsCredentialDataOnceOnTheUserMappingAndNothingElseChanges() {
        JsonNode real = Schemas.real2020();

        JsonNode patch = CredentialDataEdit.patch(real, true);

        assertThat(patch).hasSize(1);
        assertThat(patch.get(0).get("op").asString()).isEqualTo("add");
        assertThat(patch.get(0).get("path").asString())
                .isEqualTo("/synchronizationRules/0/objectMappings/0/attributeMappings/136");
        assertThat(patch.get(0).get("value")).isEqualTo(CredentialDataEdit.mapping());
        JsonNode put = Jackson3JsonPatch.apply(patch, real);
        assertThat(put).isEqualTo(CredentialDataEdit.edit(real, true).edited());
        ((ArrayNode) put.at("/synchronizationRules/0/objectMappings/0/attributeMappings")).remove(136);
        assertThat(put.toString()).as("same keys, order and casing").isEqualTo(real.toString());
        assertThat(CredentialDataEdit.patch(CredentialDataEdit.edit(real, true).edited(), true))
                .isEmpty();
    }

    @Test
    void mappingIsInsertedWithTheExactKeysAndOrderOfTheArticle() {
        assertThat(CredentialDataEdit.mapping().toString())
                .isEqualTo(
                        "{\"defaultValue\":null,\"exportMissingReferences\":false,\"flowBehavior\":\"FlowWhenChanged\","
                                + "\"flowType\":\"Always\",\"matchingPriority\":0,\"targetAttributeName\":\"CredentialData\","
                                + "\"source\":{\"expression\":\"[PasswordHash]\",\"name\":\"PasswordHash\",\"type\":\"Attribute\","
                                + "\"parameters\":[]}}");
    }

    @Test
    void modernSchemaGetsItOnUserAndInetOrgPersonOnly() {
        CredentialDataEdit.Result result = CredentialDataEdit.edit(Schemas.modern(), true);

        assertThat(result.edits())
                .containsExactly(
                        new SchemaEdit("user->User", "CredentialData", "[PasswordHash]", true),
                        new SchemaEdit("inetOrgPerson->User", "CredentialData", "[PasswordHash]", true));
        assertThat(credentialData(result.edited())).containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void matchesByObjectNamesNotDisplayNames() {
        JsonNode schema = Schemas.modern();
        ObjectNode users = (ObjectNode) schema.at("/synchronizationRules/0/objectMappings/0");
        ObjectNode groups = (ObjectNode) schema.at("/synchronizationRules/0/objectMappings/2");
        users.put("name", "Renamed in the portal");
        groups.put("name", "Provision Active Directory users");

        assertThat(credentialData(CredentialDataEdit.edit(schema, true).edited()))
                .containsExactly(1L, 1L, 0L, 0L);
    }

    @Test
    void neverAddsWhenOneExists() {
        JsonNode schema = CredentialDataEdit.edit(Schemas.modern(), true).edited();

        assertThat(CredentialDataEdit.patch(schema, true)).isEmpty();
    }

    @Test
    void aDuplicateIsRemovedSoThereIsExactlyOne() {
        JsonNode once = CredentialDataEdit.edit(Schemas.modern(), true).edited();
        JsonNode twice = once.deepCopy();
        ((ArrayNode) twice.at("/synchronizationRules/0/objectMappings/0/attributeMappings"))
                .add(CredentialDataEdit.mapping());

        JsonNode patch = CredentialDataEdit.patch(twice, true);

        assertThat(patch).hasSize(1);
        assertThat(patch.get(0).get("op").asString()).isEqualTo("remove");
        assertThat(Jackson3JsonPatch.apply(patch, twice)).isEqualTo(once);
    }

    @Test
    void turningOffRemovesEveryCredentialDataMapping() {
        JsonNode schema = CredentialDataEdit.edit(Schemas.modern(), true).edited();
        ((ArrayNode) schema.at("/synchronizationRules/0/objectMappings/0/attributeMappings"))
                .add(CredentialDataEdit.mapping());

        JsonNode patch = CredentialDataEdit.patch(schema, false);

        assertThat(patch.valueStream().map(op -> op.get("op").asString())).containsOnly("remove");
        JsonNode after = Jackson3JsonPatch.apply(patch, schema);
        assertThat(after).isEqualTo(Schemas.modern());
    }

    @Test
    void aSchemaWithoutCredentialDataNeedsNothingWhenOff() {
        assertThat(CredentialDataEdit.patch(Schemas.real2020(), false)).isEmpty();
    }

    private static List<Long> credentialData(JsonNode schema) {
        return schema.at("/synchronizationRules/0/objectMappings")
                .valueStream()
                .map(m -> m.get("attributeMappings")
                        .valueStream()
                        .filter(a -> a.get("targetAttributeName").asString().equals("CredentialData"))
                        .count())
                .toList();
    }
}
