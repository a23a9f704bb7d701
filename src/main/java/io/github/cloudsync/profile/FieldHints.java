package io.github.cloudsync.profile;

import io.github.cloudsync.model.AccidentalDeletes;
import java.util.Map;
import java.util.Optional;

/** Field-specific wording for values a pattern, an enum, a range or a constant refused, keyed by path. */
final class FieldHints {
    /** How a refused pattern is explained: what the value is not, and what to write instead. */
    record PatternText(String isNot, String hint) {}

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
                                    + " because Graph joins the recipients with ';'"));

    private static final Map<String, String> HINTS = Map.of(
            "/apiVersion", "this version of cloudsync reads profiles of apiVersion cloudsync/v1",
            "/kind", "a profile's kind is always CloudSyncProfile",
            "/tenant/cloud",
                    "global (commercial and GCC), usgov (GCC High), usgovdod (DoD) or china (operated by 21Vianet)",
            "/configuration/state", "active keeps the jobs running; paused pauses them",
            "/configuration/accidentalDeletes/threshold",
                    "a run stops when it would delete this many objects (" + AccidentalDeletes.DEFAULT.threshold()
                            + ", the Graph default, allows at most " + (AccidentalDeletes.DEFAULT.threshold() - 1)
                            + "); to turn the check off write enabled: false");

    /** Example values for keys the user left out. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "apiVersion", "cloudsync/v1",
            "kind", "CloudSyncProfile",
            "name", "contoso",
            "id", "<your tenant id, a GUID>",
            "domain", "contoso.com");

    private FieldHints() {}

    /** The wording for a pattern at a path whose list indices are written as {@code *}. */
    static Optional<PatternText> pattern(String genericPointer) {
        return Optional.ofNullable(PATTERNS.get(genericPointer));
    }

    /** A hint for a refused enum, constant or range value at a generic path; empty if none is known. */
    static String hint(String genericPointer) {
        return HINTS.getOrDefault(genericPointer, "");
    }

    static Optional<String> example(String key) {
        return Optional.ofNullable(EXAMPLES.get(key));
    }

    /** {@code /a/0/b} becomes {@code /a/* /b} (without the space): the path with list indices generalised. */
    static String generic(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }
}
