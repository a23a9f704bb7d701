package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;
import java.util.List;

/**
 * The one wording of what a tenant-wide destructive action does, for every renderer and for apply's question: turning
 * directory sync off (docs/graph.md section 16.3).
 */
public final class DestructiveWarning {
    /** Microsoft's page on turning directory synchronization off, which the warning follows. */
    public static final String TURN_OFF_PAGE =
            "https://learn.microsoft.com/office365/enterprise/turn-off-directory-synchronization";

    private DestructiveWarning() {}

    /** The headline: which action, and that it is tenant-wide and destructive. */
    public static String headline(Action action) {
        return action.address() + " is a tenant-wide destructive change";
    }

    /** What the action does, as lines of text without indentation. */
    public static List<String> lines(Action action) {
        if (action instanceof Action.SetDirectorySync a && a.turnsOff()) {
            return List.of(
                    "It turns directory synchronization off for the whole tenant " + a.organizationId()
                            + " (Connect Sync included):",
                    "every synchronized user becomes a cloud-only user, their on-premises properties are cleared",
                    "(OnPremisesDistinguishedName, OnPremisesSamAccountName, OnPremisesUserPrincipalName and others),",
                    "and directory synchronization cannot be turned back on for 72 hours.",
                    "See " + TURN_OFF_PAGE,
                    "apply refuses it unless --allow-directory-sync-off is given.");
        }
        throw new IllegalArgumentException(action.address() + " is not a tenant-wide destructive change");
    }
}
