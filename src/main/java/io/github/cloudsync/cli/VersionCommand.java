package io.github.cloudsync.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code cloudsync version [--json]}: the version, the commit and time of the build, and the Java runtime it is on. */
@Command(
        name = "version",
        mixinStandardHelpOptions = true,
        description = "Print the version, the commit and time it was built, and the Java runtime (offline).")
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "As JSON (schemas/version.v1.schema.json).")
    boolean json;

    @Override
    public Integer call() {
        Version.Build build = Version.build();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsString(document(build)));
        } else {
            out.println("cloudsync " + build.version());
            out.println("commit  " + build.commit());
            out.println("built   " + build.buildTime());
            out.println("java    " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                    + ", " + System.getProperty("java.vm.name") + ") " + System.getProperty("java.home"));
            out.println("os      " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ObjectNode document(Version.Build build) {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.put("format_version", "1.0");
        root.put("version", build.version());
        root.put("commit", build.commit());
        root.put("build_time", build.buildTime());
        ObjectNode java = root.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        java.put("vm", System.getProperty("java.vm.name"));
        java.put("home", System.getProperty("java.home"));
        ObjectNode os = root.putObject("os");
        os.put("name", System.getProperty("os.name"));
        os.put("arch", System.getProperty("os.arch"));
        return root;
    }
}
