package io.github.cloudsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * parseExpression and functions over HTTP: the backend's own trees in a real schema come back unchanged, Microsoft's
 * documented answer is reproduced, every example of the expression reference is accepted or refused as listed, and
 * malformed expressions answer parsingSucceeded false with the place of the problem.
 */
class ExpressionContractTest {
    private GraphEmulator emulator;
    private GraphHttp graph;
    private String jobSchema;
    private String templateSchema;

    @BeforeEach
    void start() {
        emulator = GraphEmulator.start(0);
        graph = new GraphHttp(emulator.baseUri());
        String spId = graph.instantiate("contoso.com");
        String jobId = graph.createJob(spId, "AD2AADProvisioning");
        jobSchema = "/v1.0/servicePrincipals/" + spId + "/synchronization/jobs/" + jobId + "/schema";
        templateSchema = "/v1.0/servicePrincipals/" + spId + "/synchronization/templates/AD2AADProvisioning/schema";
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void everyExpressionOfTheReal2020SchemaParsesIntoTheTreeTheBackendStored() {
        JsonNode real = resource("/io/github/cloudsync/emulator/real-ad2aad-schema-2020.json");
        int compared = 0;
        for (JsonNode mapping : real.at("/synchronizationRules/0/objectMappings/0/attributeMappings")) {
            JsonNode source = mapping.path("source");
            if (source.path("expression").isNull() || hasPlaceholder(source)) {
                continue;
            }
            JsonNode answer = parse(source.path("expression").asString());
            assertThat(answer.path("parsingSucceeded").asBoolean())
                    .as(source.path("expression").asString())
                    .isTrue();
            assertThat(answer.path("parsedExpression"))
                    .as(mapping.path("targetAttributeName").asString())
                    .isEqualTo(source);
            compared++;
        }
        assertThat(compared).isEqualTo(133);
    }

    @Test
    void theDocumentedReplaceExampleComesBackAsDocumented() {
        JsonNode answer = parse("Replace([preferredLanguage], \"-\", , , \"_\", ,  )");
        JsonNode documented = GraphHttp.JSON.readTree("""
                {"expression": "Replace([preferredLanguage], \\"-\\", , , \\"_\\", , )", "name": "Replace",
                 "parameters": [
                   {"key": "source", "value": {"expression": "[preferredLanguage]", "name": "preferredLanguage",
                                               "parameters": [], "type": "Attribute"}},
                   {"key": "Find", "value": {"expression": "\\"-\\"", "name": "-", "parameters": [], "type": "Constant"}},
                   {"key": "Replacement", "value": {"expression": "\\"_\\"", "name": "_", "parameters": [],
                                                    "type": "Constant"}}],
                 "type": "Function"}
                """);
        assertThat(answer.path("parsedExpression")).isEqualTo(documented);
        assertThat(answer.path("error").isNull()).isTrue();
        assertThat(new ArrayList<>(((ObjectNode) answer).propertyNames()))
                .containsExactly(
                        "@odata.context",
                        "error",
                        "evaluationSucceeded",
                        "evaluationResult",
                        "parsedExpression",
                        "parsingSucceeded");
    }

    @Test
    void everyExampleOfMicrosoftsReferenceIsAcceptedOrRefusedAsListed() {
        int examples = 0;
        for (String line : lines("/emulator/expression-reference-examples.txt")) {
            boolean ok = line.startsWith("ok ");
            String expression = line.substring(line.indexOf(' ') + 1);
            JsonNode answer = parse(expression);
            assertThat(answer.path("parsingSucceeded").asBoolean())
                    .as(expression)
                    .isEqualTo(ok);
            if (ok) {
                String name = expression.substring(0, expression.indexOf('('));
                assertThat(answer.at("/parsedExpression/name").asString()).isEqualTo(name);
                assertThat(answer.at("/parsedExpression/type").asString()).isEqualTo("Function");
            }
            examples++;
        }
        assertThat(examples).isEqualTo(68);
    }

    @Test
    void aComparisonBecomesIifsParametersOneTwoAndThree() {
        JsonNode tree = parse("IIF([country] = \"USA\", [country], )").path("parsedExpression");
        assertThat(tree.path("expression").asString()).isEqualTo("IIF([country]=\"USA\", [country], )");
        assertThat(tree.path("parameters").findValuesAsString("key")).containsExactly("one", "two", "three", "four");
        assertThat(tree.at("/parameters/1/value/name").asString()).isEqualTo("=");
        assertThat(tree.at("/parameters/1/value/type").asString()).isEqualTo("Constant");
        JsonNode number = parse("Left([description], 448)").at("/parsedExpression/parameters/1/value");
        assertThat(number.path("expression").asString()).isEqualTo("\"448\"");
        assertThat(number.path("name").asString()).isEqualTo("448");
    }

    @Test
    void malformedExpressionsAnswerParsingSucceededFalseWithWhereAndWhy() {
        String[][] cases = {
            {"", "empty", "0"},
            {"Trim([department]", "not closed with ')'", "0"},
            {"Trim([department)", "'[' is not closed", "5"},
            {"Trim(\"abc)", "not closed with '\"'", "5"},
            {"Trim(\"a\\d\")", "backslash", "7"},
            {"Foo([a])", "Unknown function 'Foo'", "0"},
            {"trim([a])", "did you mean 'Trim'", "0"},
            {"Left([a])", "exactly 2 arguments, not 1", "0"},
            {"Not([a], [b])", "exactly 1 argument, not 2", "0"},
            {"Switch([a], \"d\", \"k1\", \"v1\", \"k2\")", "even number", "0"},
            {"IIF([a]=\"x\", \"y\")", "exactly 3 arguments", "0"},
            {"Append([a] = \"x\", \"y\")", "only as the condition of IIF", "11"},
            {"Trim([a]) Trim([b])", "after the end", "10"},
            {"department", "neither a function call", "0"},
            {"Trim(, [a])", "first argument of Trim cannot be empty", "5"},
            {"Join(\" \", SelectUniqueValue([a], [b]))", "cannot be nested", "10"},
            {"Trim([ department ])", "not an attribute name", "5"},
            {"Trim([a] [b])", "Expected ',' or ')'", "9"},
            {"BitAnd(&H, 1)", "hexadecimal", "7"},
            {"Trim(", "ends where a value was expected", "5"},
        };
        for (String[] c : cases) {
            JsonNode answer = parse(c[0]);
            assertThat(answer.path("parsingSucceeded").asBoolean()).as(c[0]).isFalse();
            assertThat(answer.path("parsedExpression").isNull()).isTrue();
            assertThat(answer.at("/error/code").asString()).isEqualTo("InvalidExpression");
            assertThat(answer.at("/error/message").asString()).as(c[0]).contains(c[1]);
            assertThat(answer.at("/error/target").asString()).as(c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void aRequestWithoutAnExpressionOrWithAnUnknownParameterIsA400() {
        assertThat(graph.post(jobSchema + "/parseExpression", "{}").status()).isEqualTo(400);
        assertThat(graph.post(jobSchema + "/parseExpression", "{\"expression\":1}")
                        .status())
                .isEqualTo(400);
        assertThat(graph.post(jobSchema + "/parseExpression", "{\"expression\":\"[a]\",\"input\":{}}")
                        .status())
                .isEqualTo(400);
        GraphHttp.Answer withNulls = graph.post(
                jobSchema + "/parseExpression",
                "{\"expression\":\"[a]\",\"targetAttributeDefinition\":null,\"testInputObject\":null}");
        assertThat(withNulls.status()).isEqualTo(200);
    }

    @Test
    void templatesParseAndListFunctionsTooAndAnUnknownTemplateIs404() {
        GraphHttp.Answer onTemplate =
                graph.post(templateSchema + "/parseExpression", "{\"expression\":\"Trim([department])\"}");
        assertThat(onTemplate.json().path("parsingSucceeded").asBoolean()).isTrue();
        assertThat(graph.get(templateSchema + "/functions").json().path("value"))
                .isEqualTo(graph.get(jobSchema + "/functions").json().path("value"));
        String unknown = templateSchema.replace("AD2AADProvisioning", "Slack");
        assertThat(graph.post(unknown + "/parseExpression", "{\"expression\":\"[a]\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void functionsListsEveryFunctionWithTheDocumentedShape() {
        JsonNode value = graph.get(jobSchema + "/functions").json().path("value");
        assertThat(value).hasSize(49);
        List<String> names = new ArrayList<>();
        value.forEach(f -> names.add(f.path("name").asString()));
        assertThat(names).contains("Append", "IIF", "Join", "Replace", "Switch", "Trim", "SelectUniqueValue");
        JsonNode append = value.get(names.indexOf("Append"));
        assertThat(append.toString())
                .isEqualTo(
                        "{\"name\":\"Append\",\"parameters\":[{\"allowMultipleOccurrences\":false,\"name\":\"source\","
                                + "\"required\":true,\"type\":\"String\"},{\"allowMultipleOccurrences\":false,"
                                + "\"name\":\"suffix\",\"required\":true,\"type\":\"String\"}]}");
        JsonNode join = value.get(names.indexOf("Join"));
        assertThat(join.at("/parameters/1/allowMultipleOccurrences").asBoolean())
                .isTrue();
        assertThat(graph.get(jobSchema + "/functions")
                        .json()
                        .path("@odata.context")
                        .asString())
                .endsWith("/$metadata#functions");
    }

    private JsonNode parse(String expression) {
        ObjectNode request = GraphHttp.JSON.createObjectNode();
        request.put("expression", expression);
        GraphHttp.Answer answer = graph.post(jobSchema + "/parseExpression", request.toString());
        assertThat(answer.status()).as(expression).isEqualTo(200);
        return answer.json();
    }

    private static boolean hasPlaceholder(JsonNode source) {
        if (source.path("type").asString().equals("Constant")
                && source.path("expression").isNull()) {
            return true;
        }
        for (JsonNode parameter : source.path("parameters")) {
            if (hasPlaceholder(parameter.path("value"))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resource(String name) {
        return GraphHttp.JSON.readTree(text(name));
    }

    private static List<String> lines(String name) {
        return text(name)
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }

    private static String text(String name) {
        try (InputStream in = ExpressionContractTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
