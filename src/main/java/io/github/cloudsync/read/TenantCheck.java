package io.github.cloudsync.read;

import io.github.cloudsync.model.WrongTenant;

/** Refuses to go on when Graph answers for another tenant than the one the command is about. */
public final class TenantCheck {
    private TenantCheck() {}

    /** Throws unless {@code organizationId} (what Graph answered for) is {@code wanted}, ignoring case. */
    public static void require(String wanted, String organizationId) {
        if (!wanted.equalsIgnoreCase(organizationId)) {
            throw new WrongTenant(organizationId, wanted);
        }
    }
}
