package io.github.cloudsync.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudsync.plan.Plan;
import org.junit.jupiter.api.Test;

/** Colour only when asked; secret values never appear in any renderer. */
class TextRendererTest {
    private static final String ESC = "\u001b[";

    @Test
    void colourOnlyWhenAsked() {
        Plan plan = RenderCases.all().get("phs-on");

        assertThat(TextRenderer.render(plan, TextRenderer.DEFAULT_CAPTION, true))
                .contains(ESC + "32m + create" + ESC + "0m");
        assertThat(TextRenderer.render(plan, TextRenderer.DEFAULT_CAPTION, false))
                .doesNotContain(ESC);
        assertThat(TextRenderer.render(plan)).doesNotContain(ESC);
    }

    @Test
    void noSecretValueInAnyOutput() {
        for (Plan plan : RenderCases.all().values()) {
            for (String out :
                    new String[] {TextRenderer.render(plan), JsonRenderer.render(plan), MarkdownRenderer.render(plan)
                    }) {
                assertThat(out)
                        .doesNotContain("appKeyScenario")
                        .doesNotContain("\"domain\"")
                        .doesNotContain("DeleteThresholdValue")
                        .doesNotContain("\"Recipients\"");
            }
        }
    }
}
