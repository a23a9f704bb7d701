package io.github.cloudsync.importer;

import io.github.cloudsync.model.AttributeMapping;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.MappingFlow;
import io.github.cloudsync.model.MappingSource;
import io.github.cloudsync.model.ObjectMappings;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Scope;
import io.github.cloudsync.profile.ProfileFormats;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Profile} as a profile v1 file, every field spelled out (scope and attribute mappings when it has them), with the yaml-language-server schema comment
 * so editors check it. Strings that YAML 1.2 could read as something else are double-quoted (JSON escaping, which
 * YAML 1.2 double-quoted scalars accept).
 */
final class ProfileYaml {
    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._@()/-]*( [A-Za-z0-9._@()/-]+)*$");
    /** The YAML 1.2 core schema's int and float forms, which a plain scalar must not look like. */
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n");

    private ProfileYaml() {}

    /** The file's text; {@code header} lines become comments after the schema comment. */
    static String write(Profile profile, String... header) {
        Profile.Configuration c = profile.configuration();
        StringBuilder out = new StringBuilder();
        out.append("# yaml-language-server: $schema=")
                .append(ProfileFormats.schemaId())
                .append("\n");
        for (String line : header) {
            out.append("# ").append(escaped(line)).append("\n");
        }
        out.append("apiVersion: cloudsync/v1\n");
        out.append("kind: CloudSyncProfile\n");
        out.append("metadata:\n");
        out.append("  name: ").append(scalar(profile.name())).append("\n");
        out.append("tenant:\n");
        out.append("  id: ").append(scalar(profile.tenant().id())).append("\n");
        out.append("  cloud: ").append(profile.tenant().cloud().profileName()).append("\n");
        out.append("  directorySyncEnabled: ")
                .append(profile.tenant().directorySyncEnabled())
                .append("\n");
        out.append("configuration:\n");
        out.append("  domain: ").append(scalar(c.domain())).append("\n");
        out.append("  displayName: ").append(scalar(c.displayName())).append("\n");
        out.append("  passwordHashSync: ").append(c.passwordHashSync()).append("\n");
        out.append("  exchangeHybridWriteback: ")
                .append(c.exchangeHybridWriteback())
                .append("\n");
        c.deviceSync().ifPresent(d -> out.append("  deviceSync: ").append(d).append("\n"));
        out.append("  accidentalDeletes:\n");
        out.append("    enabled: ").append(c.accidentalDeletes().enabled()).append("\n");
        out.append("    threshold: ").append(c.accidentalDeletes().threshold()).append("\n");
        out.append("  notifications:\n");
        out.append("    enabled: ").append(c.notifications().enabled()).append("\n");
        if (c.notifications().recipients().isEmpty()) {
            out.append("    recipients: []\n");
        } else {
            out.append("    recipients:\n");
            c.notifications()
                    .recipients()
                    .forEach(r -> out.append("      - ").append(scalar(r)).append("\n"));
        }
        out.append("  state: ")
                .append(c.state().name().toLowerCase(Locale.ROOT))
                .append("\n");
        c.scope().ifPresent(scope -> scope(out, scope));
        if (!c.attributeMappings().equals(AttributeMappings.NONE)) {
            mappings(out, c.attributeMappings());
        }
        return out.toString();
    }

    private static void scope(StringBuilder out, Scope scope) {
        out.append("  scope:\n");
        out.append(scope.kind() == Scope.Kind.ORGANIZATIONAL_UNITS ? "    organizationalUnits:\n" : "    groups:\n");
        scope.distinguishedNames()
                .forEach(dn -> out.append("      - ").append(scalar(dn)).append("\n"));
    }

    /** {@code attributeMappings}: the mode, then per object type its {@code set} (source by kind) and {@code remove}. */
    private static void mappings(StringBuilder out, AttributeMappings mappings) {
        out.append("  attributeMappings:\n");
        out.append("    mode: ")
                .append(mappings.mode().name().toLowerCase(Locale.ROOT))
                .append("\n");
        for (ObjectMappings object : mappings.objects()) {
            out.append("    ").append(object.objectType().sourceObjectName()).append(":\n");
            if (!object.set().isEmpty()) {
                out.append("      set:\n");
                for (AttributeMapping mapping : object.set()) {
                    out.append("        - target: ")
                            .append(scalar(mapping.target()))
                            .append("\n");
                    MappingSource source = mapping.source();
                    switch (source.type()) {
                        case ATTRIBUTE -> out.append("          attribute: ").append(scalar(source.name()));
                        case CONSTANT -> out.append("          constant: ").append(quoted(source.name()));
                        case FUNCTION -> out.append("          expression: ").append(quoted(source.expression()));
                    }
                    out.append("\n");
                    if (mapping.flow() == MappingFlow.ON_CREATE) {
                        out.append("          flow: onCreate\n");
                    }
                }
            }
            if (!object.remove().isEmpty()) {
                out.append("      remove:\n");
                object.remove()
                        .forEach(r -> out.append("        - ")
                                .append(scalar(r.target()))
                                .append("\n"));
            }
        }
    }

    /** Always double-quoted: constants and expressions are text, whatever they look like. */
    private static String quoted(String value) {
        return escaped(JsonMapper.shared().writeValueAsString(value));
    }

    /**
     * The text with every character YAML could read as a line break or refuses as unprintable (C0 and C1 controls, DEL,
     * U+2028, U+2029, U+FEFF) written as a backslash-u escape (four hex digits), which double-quoted YAML reads back and a comment
     * shows: a CR in a display name can neither end a comment line nor start a key.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
            out.append(unsafe ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** Plain when unambiguous, else double-quoted. */
    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches()
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))
                && !NUMBER.matcher(value).matches();
        return plain ? value : quoted(value);
    }
}
