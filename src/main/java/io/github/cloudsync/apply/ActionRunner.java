package io.github.cloudsync.apply;

import io.github.cloudsync.graph.GraphWriter;
import io.github.cloudsync.model.DiscoveredDirectory;
import io.github.cloudsync.model.DiscoveryFailed;
import io.github.cloudsync.model.ExchangeSchemaMissing;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.SchemaDirectoryMissing;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.ServicePrincipal;
import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Action.CreateJob;
import io.github.cloudsync.plan.Action.CreateServicePrincipal;
import io.github.cloudsync.plan.Action.DeleteJob;
import io.github.cloudsync.plan.Action.DiscoverDirectory;
import io.github.cloudsync.plan.Action.PauseJob;
import io.github.cloudsync.plan.Action.PutSchema;
import io.github.cloudsync.plan.Action.PutSecrets;
import io.github.cloudsync.plan.Action.SetDirectorySync;
import io.github.cloudsync.plan.Action.StartJob;
import io.github.cloudsync.plan.SchemaPatch;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Turns one action into the Graph writes it stands for, and says in a few words what it did. */
final class ActionRunner {
    /** The cloud sync application template (docs/graph.md section 4.2). */
    static final String CLOUD_SYNC_TEMPLATE = "1a4721b3-e57f-4451-ae87-ef078703ec94";

    private final GraphWriter writer;
    private final ApplyTargets targets;

    ActionRunner(GraphWriter writer, ApplyTargets targets) {
        this.writer = writer;
        this.targets = targets;
    }

    /** What a step did, in a few words, and what it leaves to check ({@link StepChecks}). */
    record Ran(String message, Optional<StepCheck> check) {
        Ran(String message) {
            this(message, Optional.empty());
        }
    }

    Ran run(Action action) {
        if (action instanceof CreateServicePrincipal a) {
            ServicePrincipal sp = writer.instantiate(CLOUD_SYNC_TEMPLATE, a.displayName());
            targets.servicePrincipalCreated(sp);
            return new Ran("id " + sp.id(), Optional.of(new StepCheck.OldestServicePrincipal(sp, a.displayName())));
        } else if (action instanceof CreateJob a) {
            Job job =
                    writer.createJob(targets.servicePrincipalId(), a.template().templateId());
            targets.jobCreated(a.template(), job);
            return new Ran("id " + job.id(), Optional.of(new StepCheck.FirstJob(a.template(), job)));
        } else if (action instanceof PutSecrets a) {
            String servicePrincipalId = targets.servicePrincipalId();
            writer.putSecrets(servicePrincipalId, targets.secrets(), a.values());
            targets.secretsWritten(a.values());
            return new Ran(
                    "secrets written: "
                            + String.join(
                                    ", ", a.keys().stream().map(SecretKey::key).toList()),
                    Optional.of(new StepCheck.SecretsKept(servicePrincipalId)));
        }
        return new Ran(write(action));
    }

    private String write(Action action) {
        if (action instanceof SetDirectorySync a) {
            writer.setDirectorySyncEnabled(targets.organizationId(), a.enabled());
            return "onPremisesSyncEnabled = " + a.enabled();
        } else if (action instanceof DeleteJob a) {
            writer.deleteJob(targets.servicePrincipalId(), a.jobId());
            targets.jobDeleted(a.template(), a.jobId());
            return "deleted " + a.jobId();
        } else if (action instanceof PutSchema a) {
            JsonNode current = targets.provisioningSchema();
            JsonNode patch = a.patch().orElseGet(() -> SchemaPatch.patch(current, a));
            if (patch.isEmpty()) {
                return "schema already as wanted";
            }
            targets.provisioningSchemaWritten(
                    writer.putSchema(targets.servicePrincipalId(), targets.jobId(a.template()), current, patch));
            return "schema written";
        } else if (action instanceof DiscoverDirectory a) {
            return discover(a);
        } else if (action instanceof StartJob a) {
            writer.startJob(targets.servicePrincipalId(), targets.jobId(a.template()));
            return "started";
        } else if (action instanceof PauseJob a) {
            writer.pauseJob(targets.servicePrincipalId(), targets.jobId(a.template()));
            return "paused";
        }
        throw new IllegalStateException("no runner for " + action.getClass().getSimpleName());
    }

    /**
     * Runs after the secrets (the article's order, docs/graph.md section 16.2). The writer retries a 500 until the
     * consistency deadline; one that persists is a {@link DiscoveryFailed}, whose advice says what it usually means.
     */
    private String discover(DiscoverDirectory a) {
        String directoryId = directoryId(targets.provisioningSchema(), a.directoryName());
        DiscoveredDirectory found;
        try {
            found = writer.discover(targets.servicePrincipalId(), targets.jobId(JobTemplate.PROVISIONING), directoryId);
        } catch (GraphException e) {
            if (e.status() != 500) {
                throw e;
            }
            throw new DiscoveryFailed(targets.domain(), e);
        }
        if (!found.hasAttribute(a.object(), a.attribute())) {
            throw new ExchangeSchemaMissing(a.object(), a.attribute());
        }
        return a.object() + "." + a.attribute() + " found";
    }

    /** The id of the schema directory with this name ("Active Directory"), as discover needs it. */
    private static String directoryId(JsonNode schema, String name) {
        for (JsonNode directory : schema.path("directories")) {
            if (name.equals(directory.path("name").asString(""))) {
                return directory.path("id").asString();
            }
        }
        throw new SchemaDirectoryMissing(name);
    }
}
