package io.github.cloudsync.apply;

import io.github.cloudsync.graph.GraphReader;
import io.github.cloudsync.graph.GraphWriter;
import io.github.cloudsync.model.ConcurrentApply;
import io.github.cloudsync.model.ConcurrentJobCreate;
import io.github.cloudsync.model.DiscoveredDirectory;
import io.github.cloudsync.model.DiscoveryFailed;
import io.github.cloudsync.model.ExchangeSchemaMissing;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.SchemaDirectoryMissing;
import io.github.cloudsync.model.SecretKey;
import io.github.cloudsync.model.SecretsLost;
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
import io.github.cloudsync.plan.SecretLoss;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns one action into the Graph writes it stands for, and says in a few words what it did. */
final class ActionRunner {
    /** The cloud sync application template (docs/graph.md section 4.2). */
    static final String CLOUD_SYNC_TEMPLATE = "1a4721b3-e57f-4451-ae87-ef078703ec94";

    private final GraphReader reader;
    private final GraphWriter writer;
    private final ApplyTargets targets;

    ActionRunner(GraphReader reader, GraphWriter writer, ApplyTargets targets) {
        this.reader = reader;
        this.writer = writer;
        this.targets = targets;
    }

    String run(Action action) {
        if (action instanceof SetDirectorySync a) {
            writer.setDirectorySyncEnabled(targets.organizationId(), a.enabled());
            return "onPremisesSyncEnabled = " + a.enabled();
        } else if (action instanceof CreateServicePrincipal a) {
            ServicePrincipal sp = writer.instantiate(CLOUD_SYNC_TEMPLATE, a.displayName());
            keepOnlyTheOldest(sp, a.displayName());
            targets.servicePrincipalCreated(sp);
            return "id " + sp.id();
        } else if (action instanceof CreateJob a) {
            Job job =
                    writer.createJob(targets.servicePrincipalId(), a.template().templateId());
            keepOnlyTheFirstJob(a.template(), job);
            targets.jobCreated(a.template(), job);
            return "id " + job.id();
        } else if (action instanceof DeleteJob a) {
            writer.deleteJob(targets.servicePrincipalId(), a.jobId());
            targets.jobDeleted(a.template(), a.jobId());
            return "deleted " + a.jobId();
        } else if (action instanceof PutSecrets a) {
            String servicePrincipalId = targets.servicePrincipalId();
            writer.putSecrets(servicePrincipalId, targets.secrets(), a.values());
            targets.secretsWritten(a.values());
            requireKept(servicePrincipalId);
            return "secrets written: "
                    + String.join(", ", a.keys().stream().map(SecretKey::key).toList());
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
     * Reads the secrets back and compares their keys with the read the write was made from: a key that was there and
     * is not now was dropped by the write (whole-set semantics, docs/graph.md section 6.3), and nothing may be lost
     * silently. A read that is not up to date yet shows the keys as they were, so it never reports a loss wrongly.
     */
    private void requireKept(String servicePrincipalId) {
        List<String> lost = SecretLoss.byWrite(targets.secrets(), reader.secrets(servicePrincipalId));
        if (!lost.isEmpty()) {
            throw new SecretsLost(servicePrincipalId, lost, SecretsLost.Seen.AFTER_WRITE);
        }
    }

    /**
     * Graph does not keep display names unique, so two applies started together can both instantiate. Both then see the
     * same list, oldest first: the one that made a younger twin deletes its own (nothing is on it yet) and stops, and
     * the other carries on, so the tenant keeps one configuration.
     */
    private void keepOnlyTheOldest(ServicePrincipal created, String displayName) {
        List<ServicePrincipal> named = reader.findServicePrincipals(CLOUD_SYNC_TEMPLATE, displayName);
        if (named.isEmpty() || named.get(0).id().equalsIgnoreCase(created.id())) {
            return;
        }
        writer.deleteServicePrincipal(created.id());
        throw new ConcurrentApply(named.get(0).id(), displayName, created.id(), created.appId());
    }

    /**
     * The race rule for jobs, as for service principals: two applies that both found no job of a template both create
     * one. Right after, both list the jobs (Graph lists them in creation order, and the list shows the job this session
     * created, docs/graph.md section 4.4); they agree that the first listed stays, so the run whose job is not first
     * deletes its own (nothing is on it yet) and stops, and the other carries on with one job of the template.
     */
    private void keepOnlyTheFirstJob(JobTemplate template, Job created) {
        List<Job> listed = reader.jobs(targets.servicePrincipalId()).stream()
                .filter(j -> j.is(template))
                .toList();
        if (listed.isEmpty() || listed.get(0).id().equals(created.id())) {
            return;
        }
        writer.deleteJob(targets.servicePrincipalId(), created.id());
        throw new ConcurrentJobCreate(template.templateId(), listed.get(0).id(), created.id());
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
