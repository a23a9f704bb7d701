package io.github.cloudsync.diff;

import io.github.cloudsync.model.AccidentalDeletes;
import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.Scope;
import java.util.Objects;
import java.util.Optional;

/**
 * What a profile wants of the provisioning job's schema: CredentialData with password hash sync, the scope (empty: all
 * of the domain), and the attribute mappings it owns; {@code accidentalDeletes} is the threshold that holds the deletes
 * a narrower scope causes, for the plan's words.
 */
public record SchemaWants(
        boolean passwordHashSync,
        Optional<Scope> scope,
        AttributeMappings mappings,
        AccidentalDeletes accidentalDeletes) {
    public SchemaWants {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(mappings, "mappings");
        Objects.requireNonNull(accidentalDeletes, "accidentalDeletes");
    }

    public static SchemaWants of(Profile.Configuration configuration) {
        return new SchemaWants(
                configuration.passwordHashSync(),
                configuration.scope(),
                configuration.attributeMappings(),
                configuration.accidentalDeletes());
    }

    /** Whether the schema a new job starts with needs a write: the template has no CredentialData and no scope. */
    public boolean changesTheDefault() {
        return passwordHashSync
                || scope.isPresent()
                || mappings.objects().stream()
                        .anyMatch(o -> !o.set().isEmpty() || !o.remove().isEmpty());
    }

    /** Whether the desired schema is the template's default with the overlays (exact mode). */
    public boolean exact() {
        return mappings.mode() == AttributeMappings.Mode.EXACT;
    }
}
