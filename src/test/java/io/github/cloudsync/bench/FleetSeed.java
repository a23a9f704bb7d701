package io.github.cloudsync.bench;

import io.github.cloudsync.cli.CliRun;
import io.github.cloudsync.testing.EmulatorControl;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fleet of {@code largest} configured branch offices in the emulator's one tenant, seeded rather than applied: four
 * profiles are applied through the CLI (the fourth with password hash sync), then every other branch's service
 * principal is a copy of the applied one of its kind with its own domain and fresh ids (the ids the two kinds share,
 * such as the application template's, are kept), written to a state file for an emulator to start from. Folder {@code fleet-N} holds the first N profiles.
 */
final class FleetSeed {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private FleetSeed() {}

    static Path folder(Path dir, int size) throws java.io.IOException {
        Path folder = dir.resolve("fleet-" + size);
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            for (int i = 1; i <= size; i++) {
                Files.copy(dir.resolve("all").resolve(file(i)), folder.resolve(file(i)));
            }
        }
        return folder;
    }

    /** Writes the profiles, applies four against {@code url}, and writes the whole fleet's state file; returns it. */
    static Path seed(EmulatorControl control, String url, Path dir, int largest) throws Exception {
        control.seedStateFromResource("/emulator/empty-tenant.json");
        Path all = Files.createDirectories(dir.resolve("all"));
        for (int i = 1; i <= largest; i++) {
            Files.writeString(all.resolve(file(i)), profile(i));
        }
        CliRun cli = new CliRun(Map.of());
        for (int i = 1; i <= 4; i++) {
            CliRun.Result apply = cli.run(
                    CliRun.against(url, "apply", "-p", all.resolve(file(i)).toString(), "--auto-approve"));
            if (apply.exitCode() != 0) {
                throw new IllegalStateException("apply of branch " + i + " failed: " + apply.err());
            }
        }
        ObjectNode state = (ObjectNode) control.state();
        ArrayNode servicePrincipals = (ArrayNode) state.path("servicePrincipals");
        String plain = byName(servicePrincipals, domain(1)).toString();
        String hashSync = byName(servicePrincipals, domain(4)).toString();
        Set<String> shared = new HashSet<>(ids(plain));
        shared.retainAll(ids(hashSync));
        shared.add(FleetScaleBenchmark.TENANT);
        // written as it is made: the fleet's state is larger than the client's heap
        Path file = dir.resolve("fleet-state.json");
        String whole = state.toString();
        int cut = whole.lastIndexOf(']');
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write(whole, 0, cut);
            for (int i = 5; i <= largest; i++) {
                String kind = i % 4 == 0 ? hashSync : plain;
                String from = i % 4 == 0 ? domain(4) : domain(1);
                out.write(",");
                out.write(FleetScaleBenchmark.withFreshIds(kind, List.copyOf(shared))
                        .replace(from, domain(i)));
            }
            out.write(whole.substring(cut));
        }
        return file;
    }

    private static JsonNode byName(ArrayNode servicePrincipals, String displayName) {
        for (JsonNode sp : servicePrincipals) {
            if (sp.path("displayName").asString().equals(displayName)) {
                return sp;
            }
        }
        throw new IllegalStateException("no service principal " + displayName);
    }

    private static List<String> ids(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = UUID_TEXT.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    private static String file(int i) {
        return "branch-%04d.yaml".formatted(i);
    }

    private static String domain(int i) {
        return "branch%04d.contoso.com".formatted(i);
    }

    private static String profile(int i) {
        return """
                apiVersion: cloudsync/v1
                kind: CloudSyncProfile
                metadata:
                  name: branch-%04d
                tenant:
                  id: %s
                configuration:
                  domain: %s
                  passwordHashSync: %s
                  accidentalDeletes: { enabled: true, threshold: 50 }
                  notifications: { enabled: true, recipients: [ops@%s] }
                """.formatted(i, FleetScaleBenchmark.TENANT, domain(i), i % 4 == 0, domain(i));
    }
}
