package io.github.cloudsync.render;

import io.github.cloudsync.plan.Plan;
import io.github.cloudsync.testing.GoldenFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer's output for every case equals its golden file under src/test/resources/golden/render/CASE/
 * (plan.txt, plan.json, plan.md); {@code make golden} rewrites them.
 */
class RenderGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/render");

    static Stream<Arguments> outputs() {
        return RenderCases.all().entrySet().stream().flatMap(c -> {
            Plan plan = c.getValue();
            String name = c.getKey();
            String text = RenderCases.caption(name)
                    .map(caption -> TextRenderer.render(plan, caption, false))
                    .orElseGet(() -> TextRenderer.render(plan));
            String json = RenderCases.caption(name)
                    .map(caption -> JsonRenderer.render(plan, caption))
                    .orElseGet(() -> JsonRenderer.render(plan));
            String markdown = RenderCases.caption(name)
                    .map(caption -> MarkdownRenderer.render(plan, caption))
                    .orElseGet(() -> MarkdownRenderer.render(plan));
            return Map.of("plan.txt", text, "plan.json", json, "plan.md", markdown).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(o -> Arguments.of(name + "/" + o.getKey(), o.getValue()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void matchesGoldenFile(String file, String rendered) throws IOException {
        Path golden = GOLDEN.resolve(file);
        GoldenFile.check(golden, rendered);
    }
}
