package io.github.cloudsync.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudsync.diff.CredentialDataEdit;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.plan.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Drift reads the schema without its directory definitions; what it keeps must be exactly what the differ sees. */
class SchemaRulesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] REAL =
            Schemas.text("real-ad2aad-schema-2020.json").getBytes(StandardCharsets.UTF_8);

    @Test
    void everyPropertyButTheDirectoriesIsKeptInOrder() {
        ObjectNode whole = (ObjectNode) JSON.readTree(REAL);
        JsonNode rules = SchemaRules.read(REAL);

        assertThat(whole.has("directories")).isTrue();
        whole.remove(List.of("directories", "directories@odata.context"));
        assertThat(rules).isEqualTo(whole);
        assertThat(rules.propertyNames()).containsExactlyElementsOf(whole.propertyNames());
        assertThat(JSON.writeValueAsBytes(rules).length).isLessThan(REAL.length / 3);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theCredentialDataComparisonIsTheSameAsOnTheWholeSchema(boolean passwordHashSync) {
        CredentialDataEdit.Change onWhole = CredentialDataEdit.change(JSON.readTree(REAL), passwordHashSync);
        CredentialDataEdit.Change onRules = CredentialDataEdit.change(SchemaRules.read(REAL), passwordHashSync);

        assertThat(onRules.patch()).isEqualTo(onWhole.patch());
        assertThat(onRules.edits()).isEqualTo(onWhole.edits());
        assertThat(onWhole.patch().isEmpty()).isEqualTo(!passwordHashSync);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"directories\": [{\"id\": \"AD\"}], \"version\": \"v1\"}                   | {\"version\":\"v1\"}",
                "{\"version\": \"v1\", \"directories\": []}                                      | {\"version\":\"v1\"}",
                "{\"a\": 1, \"directories@odata.context\": \"x\", \"directories\": [], \"b\": 2} | {\"a\":1,\"b\":2}",
                "{\"a\": \"}]\\\" [{\", \"directories\": [\"]\", {\"x\": \"\\\\\"}], \"b\": [1, {}]} | {\"a\":\"}]\\\" [{\",\"b\":[1,{}]}",
                "{\"directories\": {}}                                                          | {}",
                "{\"a\": {\"directories\": []}, \"n\": -1.5e3, \"t\": true, \"z\": null}     | {\"a\":{\"directories\":[]},\"n\":-1.5e3,\"t\":true,\"z\":null}",
            })
    void onlyTopLevelDirectoriesAreCutWhateverTheirPlaceAndTheStringsAround(String body, String expected) {
        assertThat(SchemaRules.read(body.strip().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(JSON.readTree(expected.strip()));
    }

    @Test
    void aBodyTheScanCannotFollowIsParsedWholeAndJacksonSaysWhatIsWrong() {
        byte[] truncated = "{\"version\": \"v1\", \"directories\": [{\"id\": ".getBytes(StandardCharsets.UTF_8);
        assertThat(SchemaRules.withoutDirectories(truncated)).isSameAs(truncated);
        assertThatThrownBy(() -> SchemaRules.read(truncated)).isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void inGraphsOrderTheReadStopsAtTheDirectoriesAndLeavesTheRestUnread() {
        // Graph sends the directories last (docs/graph.md section 5.4): what follows them is neither kept nor checked
        byte[] body = ("{\"version\": \"v1\", \"synchronizationRules\": [{\"id\": \"r\"}],"
                        + " \"directories@odata.context\": \"x\", \"directories\": [{\"id\": \"AD\"}, {\"unclosed\": ")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SchemaRules.read(body))
                .isEqualTo(JSON.readTree("{\"version\": \"v1\", \"synchronizationRules\": [{\"id\": \"r\"}]}"));
    }

    @Test
    void rulesAfterTheDirectoriesAreFoundByTheByteScanWithWhatFollows() {
        byte[] body = ("{\"directories\": [{\"id\": \"AD\"}], \"synchronizationRules\": [{\"id\": \"r\"}],"
                        + " \"version\": \"v1\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SchemaRules.read(body))
                .isEqualTo(JSON.readTree("{\"synchronizationRules\": [{\"id\": \"r\"}], \"version\": \"v1\"}"));
    }

    @Test
    void somethingAfterTheSchemaObjectIsAnErrorWhenTheWholeBodyIsRead() {
        for (String body : List.of(
                "{\"synchronizationRules\": [], \"version\": \"v1\"} []",
                "{\"directories\": [], \"synchronizationRules\": []} x")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> SchemaRules.read(bytes))
                    .as(body)
                    .isInstanceOf(tools.jackson.core.JacksonException.class);
        }
    }

    @Test
    void aBrokenRuleBeforeTheDirectoriesIsStillAnError() {
        byte[] body = "{\"synchronizationRules\": [{\"id\": }], \"directories\": []}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SchemaRules.read(body)).isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void aBodyThatIsNotAnObjectIsAnUnexpectedResponse() {
        assertThatThrownBy(() -> SchemaRules.read("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("not a JSON object");
    }
}
