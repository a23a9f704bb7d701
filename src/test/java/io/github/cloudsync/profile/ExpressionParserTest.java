package io.github.cloudsync.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.model.MappingSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors carry the index of the offending character; numbers and comparisons take Graph's tree shapes. */
class ExpressionParserTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Jion([a])|0|unknown function 'Jion'",
                "Trim([a]|4|unclosed '(' of Trim: no ')'",
                "Trim([a)|5|unclosed '['",
                "Join(\" \" [a])|9|expected ',' or ')' after argument 1 of Join",
                "Trim([a]) x|10|unexpected 'x' after the end of the expression",
                "Append([a], \"\\n\")|13|bad escape '\\n' in a string",
                "Left([a], 3x)|11|a number ends at 'x'",
                "'  '|2|the expression is empty"
            })
    void anErrorPointsAtItsCharacter(String expression, int index, String message) {
        ExpressionError error = ExpressionParser.parse(expression).error().orElseThrow();

        assertThat(error.index()).isEqualTo(index);
        assertThat(error.message()).startsWith(message);
        assertThat(error.hint()).isNotBlank();
    }

    @Test
    void aNumberIsAQuotedConstantWrittenAsANumberByItsCaller() {
        MappingSource tree = ExpressionParser.parse("Item( [url] ,1 )").tree().orElseThrow();

        assertThat(tree.expression()).isEqualTo("Item([url], 1)");
        assertThat(tree.parameters())
                .containsExactly(
                        new MappingSource.Parameter("source", MappingSource.attribute("url")),
                        new MappingSource.Parameter(
                                "index", new MappingSource(MappingSource.Type.CONSTANT, "1", "\"1\"", List.of())));
    }

    @Test
    void iifsConditionBecomesOneTwoThreeAndAnEmptyArgumentIsLeftOut() {
        MappingSource tree =
                ExpressionParser.parse("IIF([c] <> \"0\", [a], )").tree().orElseThrow();

        assertThat(tree.expression()).isEqualTo("IIF([c]<>\"0\", [a], )");
        assertThat(tree.parameters())
                .extracting(MappingSource.Parameter::key)
                .containsExactly("one", "two", "three", "four");
        assertThat(tree.parameters().get(1).value()).isEqualTo(MappingSource.constant("<>"));
    }

    @Test
    void escapesAreUndoneInTheNameAndKeptInTheExpression() {
        MappingSource tree =
                ExpressionParser.parse("\"say \\\"hi\\\" \\\\o/\"").tree().orElseThrow();

        assertThat(tree.name()).isEqualTo("say \"hi\" \\o/");
        assertThat(tree.expression()).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    }
}
