package io.github.cloudsync.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one scenario's outputs stable: each GUID the emulator made up (one not in the scenario's inputs) becomes
 * {@code <new-id-N>}, numbered by first appearance across the outputs in the order they are normalised, and the
 * emulator's random port becomes {@code http://graph.test}.
 */
public final class IdPlaceholders {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** GUIDs that are the same in every tenant: the cloud sync application template, the AD schema directory. */
    private static final Set<String> WELL_KNOWN =
            Set.of("1a4721b3-e57f-4451-ae87-ef078703ec94", "ba5b00eb-4c24-41a7-9d57-cd305d47d540");

    private final Set<String> known;
    private final String graphUrl;
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    /** @param inputs the scenario's input texts: GUIDs found in them are kept as they are */
    public IdPlaceholders(String graphUrl, String... inputs) {
        this.graphUrl = graphUrl.replaceAll("/+$", "");
        Set<String> found = new java.util.HashSet<>(WELL_KNOWN);
        for (String input : inputs) {
            Matcher m = GUID.matcher(input);
            while (m.find()) {
                found.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        this.known = Set.copyOf(found);
    }

    public String normalise(String text) {
        String withUrl = text.replace(graphUrl, "http://graph.test");
        Matcher m = GUID.matcher(withUrl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String guid = m.group().toLowerCase(java.util.Locale.ROOT);
            String replacement = known.contains(guid)
                    ? m.group()
                    : placeholders.computeIfAbsent(guid, g -> "<new-id-" + (placeholders.size() + 1) + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
