package io.github.cloudsync.graph;

import io.github.cloudsync.model.AttributeMappings;
import io.github.cloudsync.model.CloudsyncException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobChoice;
import io.github.cloudsync.model.JobTemplate;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.LiveState;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.Profile;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads what a profile needs with the fewest round trips, GETs only. Phase 1: the organization and the service
 * principal lookup, in parallel. Phase 2 (only when the service principal exists): jobs and secrets, in parallel.
 * Phase 3 (only when a provisioning job exists): that job's schema and, when the profile's attribute mappings need it,
 * the provisioning template's default schema, in parallel. A full configuration is therefore 5 requests (6 with the
 * template) in 3 sequential round trips; a tenant without the configuration is 2 requests in 1. A caller that knows
 * the ids ({@link #readKnowing}) reads the same in 1. Reads for comparison (drift, a plan that is shown) read the
 * organization once per reader ({@link OrganizationOnce}).
 */
public final class LiveStateReader {
    /** The cloud sync application template (docs/graph.md section 4.2). */
    public static final String CLOUD_SYNC_TEMPLATE_ID = "1a4721b3-e57f-4451-ae87-ef078703ec94";

    private final GraphReader graph;
    private final Executor executor;
    private final OrganizationOnce comparedOrganization = new OrganizationOnce();

    /** @param executor runs the parallel GETs of a phase; it needs at least two threads to make them overlap */
    public LiveStateReader(GraphReader graph, Executor executor) {
        this.graph = graph;
        this.executor = executor;
    }

    /** The live state for the profile's configuration. */
    public LiveState read(Profile profile) {
        return readWithWarnings(profile).state();
    }

    /** The live state plus what the reader noticed and chose (e.g. several matching service principals). */
    public LiveStateRead readWithWarnings(Profile profile) {
        return read(profile, true);
    }

    /**
     * As {@link #readWithWarnings(Profile)}, with the schema read without its directory definitions (see
     * {@link GraphReader#schemaRules}): enough to compare, not to fingerprint or write back. For drift and a plan that
     * is shown, not saved.
     */
    public LiveStateRead readForComparison(Profile profile) {
        return read(profile, false);
    }

    /**
     * As {@link #readWithWarnings(Profile)}, for a caller that has just written the configuration and knows its service
     * principal and provisioning job (an apply's convergence check): every GET is sent at once, in one round trip, and
     * the answers are used only when the lookup finds that service principal first and the jobs list names that job
     * first of its template, which makes them exactly what the phased read would have read; otherwise the phased read
     * runs. What the apply read after its last write of it ({@code reads}) is used instead of a GET.
     */
    public LiveStateRead readKnowing(
            Profile profile, String servicePrincipalId, Optional<String> provisioningJobId, ReadsAfterWrites reads) {
        String displayName = profile.configuration().displayName();
        CompletableFuture<Organization> organization = async(graph::organization);
        CompletableFuture<List<ServicePrincipal>> principals = reads.servicePrincipals()
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> async(() -> graph.findServicePrincipals(CLOUD_SYNC_TEMPLATE_ID, displayName)));
        CompletableFuture<List<Job>> jobs = async(() -> graph.jobs(servicePrincipalId));
        CompletableFuture<LiveSecrets> secrets = reads.secrets()
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> async(() -> graph.secrets(servicePrincipalId)));
        Optional<CompletableFuture<JsonNode>> schema =
                provisioningJobId.map(jobId -> async(() -> graph.schema(servicePrincipalId, jobId)));
        CompletableFuture<Optional<JsonNode>> template = provisioningJobId.isPresent()
                ? template(profile, servicePrincipalId)
                : CompletableFuture.completedFuture(Optional.empty());
        List<ServicePrincipal> found = join(principals);
        Organization org = join(organization);
        if (found.isEmpty() || !found.get(0).id().equalsIgnoreCase(servicePrincipalId)) {
            return read(profile, true);
        }
        List<Job> jobList = join(jobs);
        Optional<JobChoice> provisioning = provisioning(jobList);
        if (!provisioning.map(c -> c.kept().id()).equals(provisioningJobId)) {
            return read(profile, true);
        }
        LiveSecrets secretList = join(secrets);
        List<String> warnings = principalWarnings(found, displayName);
        warnings.addAll(provisioningWarnings(provisioning));
        Optional<JsonNode> jobSchema = schema.map(LiveStateReader::join);
        return new LiveStateRead(
                new LiveState(org, Optional.of(found.get(0)), jobList, secretList, jobSchema, join(template)),
                warnings);
    }

    // each phase sends one GET on the calling thread and the other beside it on the executor: the same overlap as two
    // on the executor, with one thread hand-off fewer per phase (drift runs thousands of these reads)
    private LiveStateRead read(Profile profile, boolean wholeSchema) {
        String displayName = profile.configuration().displayName();
        CompletableFuture<Organization> organization =
                wholeSchema ? async(graph::organization) : comparedOrganization.get(() -> async(graph::organization));
        List<ServicePrincipal> found = graph.findServicePrincipals(CLOUD_SYNC_TEMPLATE_ID, displayName);
        Organization org = join(organization);
        if (found.isEmpty()) {
            return new LiveStateRead(LiveState.empty(org), new ArrayList<>());
        }
        ServicePrincipal sp = found.get(0);
        List<String> warnings = principalWarnings(found, displayName);
        CompletableFuture<LiveSecrets> secrets = async(() -> graph.secrets(sp.id()));
        List<Job> jobList = graph.jobs(sp.id());
        LiveSecrets secretList = join(secrets);
        // the planner and apply act on the job of a template that JobChoice keeps; read that one's schema
        Optional<JobChoice> provisioning = provisioning(jobList);
        if (provisioning.isEmpty()) {
            return new LiveStateRead(
                    new LiveState(org, Optional.of(sp), jobList, secretList, Optional.empty()), warnings);
        }
        String jobId = provisioning.get().kept().id();
        warnings.addAll(provisioningWarnings(provisioning));
        // the mappings a profile sets are checked against the schema's directories, so that read keeps them
        boolean whole = wholeSchema || checksAttributes(profile);
        CompletableFuture<Optional<JsonNode>> template = template(profile, sp.id());
        JsonNode jobSchema = whole ? graph.schema(sp.id(), jobId) : graph.schemaRules(sp.id(), jobId);
        Optional<JsonNode> templateSchema = join(template);
        return new LiveStateRead(
                new LiveState(org, Optional.of(sp), jobList, secretList, Optional.of(jobSchema), templateSchema),
                warnings);
    }

    private CompletableFuture<Optional<JsonNode>> template(Profile profile, String servicePrincipalId) {
        return needsTemplate(profile)
                ? async(() -> Optional.of(
                        graph.templateSchemaRules(servicePrincipalId, JobTemplate.PROVISIONING.templateId())))
                : CompletableFuture.completedFuture(Optional.empty());
    }

    /** The provisioning jobs, and the one the planner and apply act on ({@link JobChoice}). */
    private static Optional<JobChoice> provisioning(List<Job> jobs) {
        return JobChoice.among(
                jobs.stream().filter(j -> j.is(JobTemplate.PROVISIONING)).toList());
    }

    private static List<String> principalWarnings(List<ServicePrincipal> found, String displayName) {
        List<String> warnings = new ArrayList<>();
        if (found.size() > 1) {
            warnings.add(found.size() + " service principals are named '" + displayName + "' from the cloud sync "
                    + "template; using the oldest, " + found.get(0).id()
                    + ". Delete the others in the Entra admin center.");
        }
        return warnings;
    }

    private static List<String> provisioningWarnings(Optional<JobChoice> provisioning) {
        return provisioning
                .filter(c -> !c.others().isEmpty())
                .map(c -> List.of(c.others().size() + 1 + " " + JobTemplate.PROVISIONING.templateId()
                        + " jobs exist; reading the schema of the one kept, "
                        + c.kept().id()))
                .orElse(List.of());
    }

    /**
     * Whether the plan needs the template's default schema: in exact mode it is the base of the desired schema, and in
     * named mode it tells the defaults from the custom mappings the profile does not manage (docs/graph.md section
     * 16.8). A profile without attribute mappings plans as it did before they existed, without it.
     */
    static boolean needsTemplate(Profile profile) {
        AttributeMappings mappings = profile.configuration().attributeMappings();
        return mappings.mode() == AttributeMappings.Mode.EXACT
                || !mappings.objects().isEmpty();
    }

    /** Whether the profile names mapping targets, which are checked against the schema's directories. */
    static boolean checksAttributes(Profile profile) {
        return profile.configuration().attributeMappings().objects().stream()
                .anyMatch(o -> !o.set().isEmpty() || !o.remove().isEmpty());
    }

    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CloudsyncException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException other) {
                throw other;
            }
            throw e;
        }
    }
}
