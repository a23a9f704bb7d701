package io.github.cloudsync.diff;

import io.github.cloudsync.model.DesiredState;
import io.github.cloudsync.model.SecretValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the profile wants compared with what Graph holds, field by field: the facts the planner turns into actions.
 * Holds the profile's owned secret values, typed, and of Graph's only those of the owned keys the codec decoded (in
 * {@link SecretComparison}): AppKey, the one secret among them, is write-only and never read. The schema part also
 * says which live mappings differ from the template's default without being named by the profile
 * ({@code unmanagedMappings}), and what the profile names that the live schema lacks ({@code schemaProblems}: the plan
 * cannot be made).
 */
public record Diff(
        Optional<DirectorySync> directorySync,
        Optional<String> servicePrincipalToCreate,
        List<JobComparison> jobs,
        List<SecretValue> ownedSecrets,
        List<SecretComparison> secrets,
        List<String> maskedUnownedSecrets,
        SchemaComparison schema,
        DesiredState state,
        boolean passwordHashSync,
        SchemaWants schemaWants,
        List<UnmanagedMapping> unmanagedMappings,
        List<SchemaProblem> schemaProblems) {
    public Diff {
        Objects.requireNonNull(directorySync, "directorySync");
        Objects.requireNonNull(servicePrincipalToCreate, "servicePrincipalToCreate");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(state, "state");
        jobs = List.copyOf(jobs);
        ownedSecrets = List.copyOf(ownedSecrets);
        secrets = List.copyOf(secrets);
        maskedUnownedSecrets = List.copyOf(maskedUnownedSecrets);
        Objects.requireNonNull(schemaWants, "schemaWants");
        unmanagedMappings = List.copyOf(unmanagedMappings);
        schemaProblems = List.copyOf(schemaProblems);
    }

    /** The organization's {@code onPremisesSyncEnabled} differs from the profile (null in Graph counts as false). */
    public record DirectorySync(String organizationId, Boolean live, boolean wanted) {}

    @Override
    public String toString() {
        return "Diff[directorySync=" + directorySync + ", servicePrincipalToCreate=" + servicePrincipalToCreate
                + ", jobs=" + jobs + ", ownedSecrets="
                + ownedSecrets.stream().map(SecretValue::key).toList()
                + ", secrets=" + secrets + ", schema=" + schema + ", state=" + state + ", passwordHashSync="
                + passwordHashSync + ", unmanagedMappings=" + unmanagedMappings + ", schemaProblems=" + schemaProblems
                + "]";
    }
}
