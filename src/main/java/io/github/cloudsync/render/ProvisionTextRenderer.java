package io.github.cloudsync.render;

import io.github.cloudsync.model.ProvisioningResult;
import java.util.Locale;

/**
 * Renders {@code cloudsync provision}: the object and the job and rule it went through, each step Graph ran with its
 * status, description and details, then the result (and the Entra ID object written, or the error).
 */
public final class ProvisionTextRenderer {
    private ProvisionTextRenderer() {}

    public static String render(ProvisionReport report, boolean colour) {
        Ansi ansi = new Ansi(colour);
        ProvisioningResult result = report.result();
        StringBuilder out = new StringBuilder();
        out.append(report.profileName())
                .append(": provision on demand of ")
                .append(ansi.bold(report.objectId()))
                .append(" (")
                .append(report.objectTypeName())
                .append(")\n");
        out.append("  through ")
                .append(report.job().templateId())
                .append(" (")
                .append(report.job().id())
                .append("), rule ")
                .append(report.ruleId())
                .append('\n');
        out.append("  configuration \"")
                .append(report.servicePrincipal().displayName())
                .append("\" (")
                .append(report.servicePrincipal().id())
                .append(") in tenant ")
                .append(report.tenantId())
                .append("\n\n");
        int number = 1;
        for (ProvisioningResult.Step step : result.steps()) {
            out.append(number++)
                    .append(". ")
                    .append(step.name())
                    .append(step.type() == null ? "" : " (" + step.type() + ")")
                    .append(": ")
                    .append(status(ansi, step.status()))
                    .append('\n');
            if (step.description() != null && !step.description().isBlank()) {
                out.append("   ").append(step.description()).append('\n');
            }
            step.details()
                    .forEach((k, v) ->
                            out.append("   ").append(k).append(": ").append(v).append('\n'));
        }
        if (!result.steps().isEmpty()) {
            out.append('\n');
        }
        out.append("Result: ").append(status(ansi, result.result()));
        result.errorCode().ifPresent(code -> out.append(" (").append(code).append(')'));
        result.errorMessage().ifPresent(message -> out.append(": ").append(message));
        out.append('\n');
        result.target()
                .ifPresent(target -> out.append("Microsoft Entra ID object: ")
                        .append(target.type())
                        .append(' ')
                        .append(target.id())
                        .append('\n'));
        if (result.failed()) {
            out.append(ansi.red("! provisioning failed")).append(": the step marked Failure says why\n");
        }
        return TerminalText.escaped(out.toString(), colour);
    }

    private static String status(Ansi ansi, String status) {
        String text = status == null ? "(no status)" : status;
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "success" -> ansi.green(text);
            case "failure" -> ansi.red(text);
            case "skipped", "warning" -> ansi.yellow(text);
            default -> text;
        };
    }
}
