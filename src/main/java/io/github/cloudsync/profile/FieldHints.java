package io.github.cloudsync.profile;

import io.github.cloudsync.model.AccidentalDeletes;
import java.util.Map;
import java.util.Optional;

/** Field-specific wording for values a pattern, an enum, a range or a constant refused, keyed by path. */
final class FieldHints {
    /** How a refused pattern is explained: what the value is not, and what to write instead. */
    record PatternText(String isNot, String hint) {}

    private static final PatternText ATTRIBUTE_NAME = new PatternText(
            "is not an attribute name",
            "write the attribute's name alone, e.g. ExtensionAttribute1 or department: a letter, then letters, digits,"
                    + " '_', '.' or '-' (an expression goes under expression:)");

    /** The documented limit (MicrosoftDocs/entra-docs: docs/identity/hybrid/cloud-sync/how-to-prerequisites.md). */
    static final String SCOPE_LIMIT = "Microsoft documents about 50 separate OUs or groups (4 MB of scoping text) per"
            + " configuration; nested OUs come with their parent, so scope a parent OU instead";

    private static final Map<String, PatternText> PATTERNS = Map.of(
            "/metadata/name",
                    new PatternText(
                            "is not a valid profile name",
                            "use lower-case letters, digits and '-', starting and ending with a letter or digit"
                                    + " (like a DNS label), e.g. contoso-prod"),
            "/tenant/id",
                    new PatternText(
                            "is not a GUID",
                            "the tenant id is 32 hex digits grouped 8-4-4-4-12, e.g."
                                    + " 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (Entra admin center, Overview)"),
            "/configuration/domain",
                    new PatternText(
                            "is not a DNS domain name",
                            "write the on-premises AD domain's DNS name, e.g. contoso.com or corp.fabrikam.com"),
            "/configuration/displayName",
                    new PatternText("is blank", "write a name, or remove the key so that it defaults to the domain"),
            "/configuration/notifications/recipients/*",
                    new PatternText(
                            "is not an e-mail address",
                            "one address per list item, e.g. ops@contoso.com; ';' and ',' are not allowed"
                                    + " because Graph joins the recipients with ';'"),
            "/configuration/attributeMappings/*/set/*/target", ATTRIBUTE_NAME,
            "/configuration/attributeMappings/*/set/*/attribute", ATTRIBUTE_NAME,
            "/configuration/attributeMappings/*/remove/*", ATTRIBUTE_NAME);

    private static final Map<String, String> HINTS = Map.of(
            "/apiVersion", "this version of cloudsync reads profiles of apiVersion cloudsync/v1",
            "/kind", "a profile's kind is always CloudSyncProfile",
            "/tenant/cloud",
                    "global (commercial and GCC), usgov (GCC High), usgovdod (DoD) or china (operated by 21Vianet)",
            "/configuration/state", "active keeps the jobs running; paused pauses them",
            "/configuration/accidentalDeletes/threshold",
                    "a run stops when it would delete this many objects (" + AccidentalDeletes.DEFAULT.threshold()
                            + ", the Graph default, allows at most " + (AccidentalDeletes.DEFAULT.threshold() - 1)
                            + "); to turn the check off write enabled: false",
            "/configuration/scope/organizationalUnits", SCOPE_LIMIT,
            "/configuration/scope/groups", SCOPE_LIMIT,
            "/configuration/attributeMappings/mode",
                    "named: the profile owns only the targets it names; exact: any other difference from the"
                            + " template's default schema is drift",
            "/configuration/attributeMappings/*/set/*/flow",
                    "always: on create and update; onCreate: only when the object is created (ObjectAddOnly)");

    /** What to write instead of an empty list or mapping. */
    private static final Map<String, String> EMPTY = Map.of(
            "/configuration/scope",
                    "write organizationalUnits or groups (a list of distinguished names), or remove scope to"
                            + " synchronize all of the domain",
            "/configuration/scope/organizationalUnits",
                    "list at least one OU, e.g. [\"OU=Sales,DC=contoso,DC=com\"], or remove scope to synchronize"
                            + " all of the domain",
            "/configuration/scope/groups",
                    "list at least one group, e.g. [\"CN=Pilot,OU=Groups,DC=contoso,DC=com\"], or remove scope to"
                            + " synchronize all of the domain");

    /** Example values for keys the user left out. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "apiVersion", "cloudsync/v1",
            "kind", "CloudSyncProfile",
            "name", "contoso",
            "id", "<your tenant id, a GUID>",
            "domain", "contoso.com",
            "target", "ExtensionAttribute1");

    private FieldHints() {}

    /** The wording for a pattern at a path whose list indices are written as {@code *}. */
    static Optional<PatternText> pattern(String genericPointer) {
        return Optional.ofNullable(PATTERNS.get(genericPointer));
    }

    /** A hint for a refused enum, constant or range value at a generic path; empty if none is known. */
    static String hint(String genericPointer) {
        return HINTS.getOrDefault(genericPointer, "");
    }

    /** What to write instead of an empty list or mapping at a generic path. */
    static String emptyHint(String genericPointer) {
        return EMPTY.getOrDefault(genericPointer, "write at least one item, or remove the key");
    }

    static Optional<String> example(String key) {
        return Optional.ofNullable(EXAMPLES.get(key));
    }

    /**
     * {@code /a/0/b} becomes {@code /a/* /b} (without the space): the path with list indices, and the object type
     * under attributeMappings, generalised.
     */
    static String generic(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*")
                .replaceFirst(
                        "^/configuration/attributeMappings/(user|inetOrgPerson|group|contact)/",
                        "/configuration/attributeMappings/*/");
    }
}
