// Over 300 lines because it is one method per Graph call of both seams, each a few lines; bodies and decoding live
// elsewhere.
package io.github.cloudsync.graph;

import static io.github.cloudsync.graph.GraphPaths.job;
import static io.github.cloudsync.graph.GraphPaths.query;
import static io.github.cloudsync.graph.GraphPaths.quoted;
import static io.github.cloudsync.graph.GraphPaths.segment;
import static io.github.cloudsync.graph.GraphPaths.sync;

import io.github.cloudsync.model.DiscoveredDirectory;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ProvisioningResult;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one implementation of both Graph seams, on {@link GraphTransport}. Paths and permissions follow docs/graph.md
 * sections 3, 4 and 8; reads right after this session's writes follow section 16.1 (a list that does not show a
 * service principal this session created is read again, until the consistency deadline). Thread-safe:
 * {@link LiveStateReader} calls it from several threads.
 *
 * <p>Over 300 lines because it is one method per Graph call of both seams, each a few lines: the bodies and the
 * decoding of answers live elsewhere ({@link WriteBodies}, {@link GraphJson}, {@link ProvisioningAnswer}).
 */
public final class GraphClient implements GraphReader, GraphWriter {
    private static final String READ_SP = "Application.Read.All";
    private static final String SYNC_READ = "Synchronization.Read.All";
    private static final String SYNC_WRITE = "Synchronization.ReadWrite.All";
    private static final JsonMapper JSON = GraphJson.MAPPER;

    /**
     * A service principal this session created and has not deleted: every later list of its name must show it.
     *
     * @param id lower case
     */
    private record Created(String id, String applicationTemplateId, String displayName) {
        boolean named(String templateId, String name) {
            return applicationTemplateId.equalsIgnoreCase(templateId) && displayName.equalsIgnoreCase(name);
        }
    }

    /** A job this session created, until it deletes it. */
    private record CreatedJob(String servicePrincipalId, String id) {}

    private final GraphTransport transport;
    private final LostCreates creates;
    private final Set<Created> created = ConcurrentHashMap.newKeySet();
    private final Set<CreatedJob> createdJobs = ConcurrentHashMap.newKeySet();

    GraphClient(GraphTransport transport, RetryPolicy policy) {
        this.transport = transport;
        this.creates = new LostCreates(transport, policy);
    }

    @Override
    public Organization organization() {
        JsonNode value = read("/organization", "Organization.Read.All").path("value");
        if (value.isEmpty()) {
            throw GraphJson.unexpected("no organization record");
        }
        return GraphJson.organization(value.get(0));
    }

    /** Waits for Graph to show this session's writes, within the deadline after the latest one. */
    Consistency consistency() {
        return new Consistency(transport);
    }

    /**
     * Filters on both properties in Graph ({@code eq} on each, docs/graph.md section 1.3) and again here (without case,
     * as the directory compares), then orders the matches oldest first ({@code createdDateTime} when Graph sends it,
     * else Graph's own order). A list without a service principal of that name this session created is stale: it is
     * read again until it shows it or the consistency deadline passes.
     */
    @Override
    public List<ServicePrincipal> findServicePrincipals(String applicationTemplateId, String displayName) {
        for (int read = 1; ; read++) {
            List<ServicePrincipal> found = listServicePrincipals(applicationTemplateId, displayName);
            Set<String> ids =
                    found.stream().map(sp -> sp.id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            boolean stale = created.stream()
                    .anyMatch(c -> c.named(applicationTemplateId, displayName) && !ids.contains(c.id()));
            if (!stale
                    || !transport.awaitConsistency(read, "the list does not show the service principal just created")) {
                return found;
            }
        }
    }

    private List<ServicePrincipal> listServicePrincipals(String applicationTemplateId, String displayName) {
        String filter = "applicationTemplateId eq " + quoted(applicationTemplateId) + " and displayName eq "
                + quoted(displayName);
        List<JsonNode> rows = pages("/servicePrincipals?$filter=" + query(filter), READ_SP);
        return rows.stream()
                .filter(r -> applicationTemplateId.equalsIgnoreCase(
                        String.valueOf(GraphJson.text(r, "applicationTemplateId"))))
                .filter(r -> displayName.equalsIgnoreCase(String.valueOf(GraphJson.text(r, "displayName"))))
                .sorted(Comparator.comparing((JsonNode r) -> Optional.ofNullable(GraphJson.text(r, "createdDateTime"))
                        .orElse("~")))
                .map(GraphJson::servicePrincipal)
                .toList();
    }

    /**
     * In Graph's order (creation order, docs/graph.md section 4.4). A list without a job this session created on that
     * service principal (and did not delete) is stale: it is read again until it shows it or the consistency deadline
     * passes, so the race rule after a create compares with a list that has its own job.
     */
    @Override
    public List<Job> jobs(String servicePrincipalId) {
        for (int read = 1; ; read++) {
            List<Job> jobs = pages(sync(servicePrincipalId) + "/jobs", SYNC_READ).stream()
                    .map(GraphJson::job)
                    .toList();
            Set<String> ids = jobs.stream().map(Job::id).collect(Collectors.toSet());
            boolean stale = createdJobs.stream()
                    .anyMatch(
                            c -> c.servicePrincipalId().equalsIgnoreCase(servicePrincipalId) && !ids.contains(c.id()));
            if (!stale || !transport.awaitConsistency(read, "the list does not show the job just created")) {
                return jobs;
            }
        }
    }

    @Override
    public LiveSecrets secrets(String servicePrincipalId) {
        transport.endpoint().requireSecretsCallAllowed(transport.now());
        List<Secret> secrets = new ArrayList<>();
        read(sync(servicePrincipalId) + "/secrets", SYNC_WRITE)
                .path("value")
                .forEach(n -> secrets.add(GraphJson.secret(n)));
        secrets.forEach(s -> transport.redactor().register(s.value()));
        return SecretsCodec.read(secrets);
    }

    @Override
    public JsonNode schema(String servicePrincipalId, String jobId) {
        return read(job(servicePrincipalId, jobId) + "/schema", SYNC_READ);
    }

    @Override
    public JsonNode schemaRules(String servicePrincipalId, String jobId) {
        GraphCall get = GraphCall.get(job(servicePrincipalId, jobId) + "/schema", SYNC_READ);
        return decoded(transport.send(get), SchemaRules::read);
    }

    @Override
    public JsonNode templateSchemaRules(String servicePrincipalId, String templateId) {
        String path = sync(servicePrincipalId) + "/templates/" + segment(templateId) + "/schema";
        return decoded(transport.send(GraphCall.get(path, SYNC_READ)), SchemaRules::read);
    }

    @Override
    public Optional<String> provisioningRule(String servicePrincipalId, String jobId, String objectTypeName) {
        return ProvisioningAnswer.ruleId(schemaRules(servicePrincipalId, jobId), objectTypeName);
    }

    @Override
    public void setDirectorySyncEnabled(String organizationId, boolean enabled) {
        ObjectNode body = JSON.createObjectNode().put("onPremisesSyncEnabled", enabled);
        send(
                "PATCH",
                "/organization/" + segment(organizationId),
                body,
                GraphCall.Kind.IDEMPOTENT,
                "Organization.ReadWrite.All");
    }

    /** Accepts 200 and 201, and {@code id} or {@code objectId} (docs/graph.md sections 4.2 and 15). */
    @Override
    public ServicePrincipal instantiate(String applicationTemplateId, String displayName) {
        GraphCall call = new GraphCall(
                "POST",
                "/applicationTemplates/" + segment(applicationTemplateId) + "/instantiate",
                JSON.writeValueAsString(JSON.createObjectNode().put("displayName", displayName)),
                GraphCall.Kind.CREATE,
                "Application.ReadWrite.OwnedBy");
        ServicePrincipal sp = creates.create(
                call,
                () -> findServicePrincipals(applicationTemplateId, displayName).stream()
                        .findFirst(),
                answer -> GraphJson.servicePrincipal(tree(answer).path("servicePrincipal")));
        transport.markCreated(sp.id());
        created.add(new Created(sp.id().toLowerCase(Locale.ROOT), applicationTemplateId, displayName));
        return sp;
    }

    /** On a lost answer, adopts the last listed job of that template (Graph lists jobs in creation order). */
    @Override
    public Job createJob(String servicePrincipalId, String templateId) {
        GraphCall call = new GraphCall(
                "POST",
                sync(servicePrincipalId) + "/jobs",
                JSON.writeValueAsString(JSON.createObjectNode().put("templateId", templateId)),
                GraphCall.Kind.CREATE,
                SYNC_WRITE);
        Job created = creates.create(
                call,
                () -> jobs(servicePrincipalId).stream()
                        .filter(j -> j.ofTemplate(templateId))
                        .reduce((first, second) -> second),
                answer -> GraphJson.job(tree(answer)));
        transport.markCreated(created.id());
        createdJobs.add(new CreatedJob(servicePrincipalId, created.id()));
        return created;
    }

    /** A 404 counts as done: the job is gone, which is what was asked (e.g. a retry after a lost answer). */
    @Override
    public void deleteJob(String servicePrincipalId, String jobId) {
        createdJobs.removeIf(c -> c.id().equals(jobId));
        deleteIfPresent(job(servicePrincipalId, jobId), SYNC_WRITE);
    }

    @Override
    public void deleteServicePrincipal(String servicePrincipalId) {
        created.removeIf(c -> c.id().equalsIgnoreCase(servicePrincipalId));
        deleteIfPresent("/servicePrincipals/" + servicePrincipalId, "Application.ReadWrite.OwnedBy");
    }

    private void deleteIfPresent(String path, String permission) {
        try {
            send("DELETE", path, null, GraphCall.Kind.IDEMPOTENT, permission);
        } catch (GraphException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public void putSecrets(String servicePrincipalId, LiveSecrets live, List<SecretValue> owned) {
        transport.endpoint().requireSecretsCallAllowed(transport.now());
        ObjectNode body = WriteBodies.secrets(live, owned);
        body.path("value")
                .forEach(s -> transport.redactor().register(s.path("value").asString()));
        send("PUT", sync(servicePrincipalId) + "/secrets", body, GraphCall.Kind.IDEMPOTENT, SYNC_WRITE);
    }

    @Override
    public JsonNode putSchema(String servicePrincipalId, String jobId, JsonNode current, JsonNode patch) {
        JsonNode schema = WriteBodies.schema(current, patch);
        send("PUT", job(servicePrincipalId, jobId) + "/schema", schema, GraphCall.Kind.IDEMPOTENT, SYNC_WRITE);
        return schema;
    }

    /**
     * Permission per docs/graph.md section 4.8: Directory.ReadWrite.All, not a Synchronization one. A 500 right after
     * this session's writes (the Domain secret may not have reached the sync backend yet, section 16.2) is retried
     * until the consistency deadline; a 500 that persists, or comes without a recent write, is thrown.
     */
    @Override
    public DiscoveredDirectory discover(String servicePrincipalId, String jobId, String directoryId) {
        GraphCall call = new GraphCall(
                "POST",
                job(servicePrincipalId, jobId) + "/schema/directories/" + segment(directoryId) + "/discover",
                null,
                GraphCall.Kind.QUERY,
                "Directory.ReadWrite.All");
        for (int retry = 1; ; retry++) {
            try {
                return GraphJson.directory(directoryId, tree(transport.send(call)));
            } catch (GraphException e) {
                if (e.status() != 500
                        || !transport.awaitConsistency(retry, "discover answered 500 right after a write")) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void startJob(String servicePrincipalId, String jobId) {
        send("POST", job(servicePrincipalId, jobId) + "/start", null, GraphCall.Kind.ACTION, SYNC_WRITE);
    }

    @Override
    public void pauseJob(String servicePrincipalId, String jobId) {
        send("POST", job(servicePrincipalId, jobId) + "/pause", null, GraphCall.Kind.ACTION, SYNC_WRITE);
    }

    @Override
    public void restartJob(String servicePrincipalId, String jobId, String resetScope) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("criteria").put("resetScope", resetScope);
        send("POST", job(servicePrincipalId, jobId) + "/restart", body, GraphCall.Kind.ACTION, SYNC_WRITE);
    }

    /** An action: after a lost answer it is not sent again, since the object may already have been provisioned. */
    @Override
    public ProvisioningResult provisionOnDemand(
            String servicePrincipalId, String jobId, String ruleId, String objectId, String objectTypeName) {
        GraphResponse r = send(
                "POST",
                job(servicePrincipalId, jobId) + "/provisionOnDemand",
                ProvisioningAnswer.request(ruleId, objectId, objectTypeName),
                GraphCall.Kind.ACTION,
                SYNC_WRITE);
        return ProvisioningAnswer.read(tree(r));
    }

    private GraphResponse send(String method, String path, JsonNode body, GraphCall.Kind kind, String permission) {
        return transport.send(
                new GraphCall(method, path, body == null ? null : JSON.writeValueAsString(body), kind, permission));
    }

    private JsonNode read(String path, String permission) {
        return tree(transport.send(GraphCall.get(path, permission)));
    }

    /**
     * Every item of a collection, following {@code @odata.nextLink} (docs/graph.md section 1.3), at most
     * {@link GraphLimits#maxPages()} pages in at most {@link GraphLimits#pagingTimeout()} (section 16.13).
     */
    private List<JsonNode> pages(String path, String permission) {
        GraphLimits limits = transport.limits();
        Instant started = transport.now();
        String list = "GET /" + transport.endpoint().version() + GraphErrors.readable(path);
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        for (int page = 1; next != null; page++) {
            if (page > limits.maxPages()) {
                throw transport.overLimit(
                        list + ": Graph sent more than " + limits.maxPages()
                                + " pages (@odata.nextLink) for one list; cloudsync stopped there ("
                                + GraphLimits.MAX_PAGES + ")",
                        null);
            }
            if (Duration.between(started, transport.now()).compareTo(limits.pagingTimeout()) > 0) {
                throw transport.overLimit(
                        list + ": reading one list took more than "
                                + limits.pagingTimeout().toSeconds() + " s (" + (page - 1)
                                + " pages); cloudsync stopped there (" + GraphLimits.PAGING_TIMEOUT + ")",
                        null);
            }
            JsonNode answer = read(next, permission);
            JsonNode value = answer.path("value");
            if (!value.isArray()) {
                // a page without its array (missing, null) says nothing about the collection; never read it as empty
                throw GraphJson.unexpected("a page of " + path + " without a \"value\" array");
            }
            value.forEach(items::add);
            next = GraphJson.text(answer, "@odata.nextLink");
        }
        return items;
    }

    private static JsonNode tree(GraphResponse answer) {
        return decoded(answer, body -> JSON.readTree(body));
    }

    /** Parses an answer's body; one that is empty or not JSON is an error that names the call and its request-id. */
    private static <T> T decoded(GraphResponse answer, Function<byte[], T> parse) {
        if (answer.body() == null || answer.body().length == 0) {
            throw GraphJson.notJson(answer, "an empty body where JSON was expected");
        }
        try {
            return parse.apply(answer.body());
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw GraphJson.notJson(answer, "a body that is not valid JSON" + where);
        }
    }
}
