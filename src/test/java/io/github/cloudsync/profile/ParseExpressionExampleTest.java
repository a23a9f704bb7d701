package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.MappingSource;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The parser's tree for the example of Graph's parseExpression page is exactly the tree of that page's answer
 * (microsoftgraph/microsoft-graph-docs-contrib:
 * api-reference/v1.0/api/synchronization-synchronizationschema-parseexpression.md), kept in
 * {@code expressions/parseexpression-example.json}; and every source of the real 2020 AD2AAD schema in
 * {@code fixtures/} parses, from its root expression, into exactly the tree Graph stored, but for the constants the
 * service fills in itself: they have no expression, so the text shows them as an empty argument (the
 * {@code %DomainFQDN%} of {@code Join("@", [sAMAccountName], )}) and no parser can know them.
 */
class ParseExpressionExampleTest {
    @Test
    void graphsDocumentedExampleGivesGraphsTree() throws IOException {
        JsonNode expected = resource("/expressions/parseexpression-example.json");
        String request = expected.path("request").path("expression").asString();

        MappingSource tree = ExpressionParser.parse(request).tree().orElseThrow();

        assertThat(request).isEqualTo("Replace([preferredLanguage], \"-\", , , \"_\", ,  )");
        assertThat(GraphTreeJson.write(tree)).isEqualTo(expected.path("parsedExpression"));
    }

    @Test
    void everySourceOfTheReal2020SchemaParsesIntoTheTreeGraphStored() throws IOException {
        JsonNode schema = resource("/fixtures/real-ad2aad-schema-2020.json");
        int compared = 0;
        for (JsonNode rule : schema.path("synchronizationRules")) {
            for (JsonNode objectMapping : rule.path("objectMappings")) {
                for (JsonNode mapping : objectMapping.path("attributeMappings")) {
                    JsonNode source = mapping.path("source");
                    if (source.path("expression").isNull()) {
                        continue; // %DomainFQDN% and %DomainNetBios%: service-filled constants with no text
                    }
                    MappingSource stored = withoutServiceConstants(GraphTreeJson.read(source));
                    MappingSource parsed = ExpressionParser.parse(stored.expression())
                            .tree()
                            .orElseThrow(() -> new AssertionError("does not parse: " + stored.expression()));
                    assertThat(parsed).as(stored.expression()).isEqualTo(stored);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(134);
    }

    private static MappingSource withoutServiceConstants(MappingSource tree) {
        return new MappingSource(
                tree.type(),
                tree.name(),
                tree.expression(),
                tree.parameters().stream()
                        .filter(p -> p.value().expression() != null)
                        .map(p -> new MappingSource.Parameter(p.key(), withoutServiceConstants(p.value())))
                        .toList());
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = ParseExpressionExampleTest.class.getResourceAsStream(name)) {
            return GraphTreeJson.MAPPER.readTree(in);
        }
    }
}
