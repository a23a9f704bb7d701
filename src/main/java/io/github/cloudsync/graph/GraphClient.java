package io.github.cloudsync.graph;

import io.github.cloudsync.model.DiscoveredDirectory;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.LiveSecrets;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ProvisioningResult;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.SecretValue;
import io.github.cloudsync.model.ServicePrincipal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one implementation of both Graph seams, on {@link GraphTransport}. Paths and permissions follow docs/graph.md
 * sections 3, 4 and 8. Thread-safe: {@link LiveStateReader} calls it from several threads.
 *
 * <p>Over 300 lines because it is one method per Graph call of both seams, each a few lines: the bodies and the
 * decoding of answers live elsewhere ({@link WriteBodies}, {@link GraphJson}, {@link ProvisioningAnswer}).
 */
public final class GraphClient implements GraphReader, GraphWriter {
    private static final String READ_SP = "Application.Read.All";
    private static final String SYNC_READ = "Synchronization.Read.All";
    private static final String SYNC_WRITE = "Synchronization.ReadWrite.All";
    private static final int REREADS_AFTER_LOST_CREATE = 3;

    private final GraphTransport transport;
    private final RetryPolicy policy;
    private static final JsonMapper JSON = GraphJson.MAPPER;

    GraphClient(GraphTransport transport, RetryPolicy policy) {
        this.transport = transport;
        this.policy = policy;
    }

    @Override
    public Organization organization() {
        JsonNode value = read("/organization", "Organization.Read.All").path("value");
        if (value.isEmpty()) {
            throw GraphJson.unexpected("no organization record");
        }
        return GraphJson.organization(value.get(0));
    }

    /**
     * Filters on both properties in Graph ({@code eq} on each, docs/graph.md section 1.3) and again here (without case,
     * as the directory compares), then orders
     * the matches oldest first ({@code createdDateTime} when Graph sends it, else Graph's own order).
     */
    @Override
    public List<ServicePrincipal> findServicePrincipals(String applicationTemplateId, String displayName) {
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

    @Override
    public List<Job> jobs(String servicePrincipalId) {
        return pages(sync(servicePrincipalId) + "/jobs", SYNC_READ).stream()
                .map(GraphJson::job)
                .toList();
    }

    @Override
    public LiveSecrets secrets(String servicePrincipalId) {
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
        return SchemaRules.read(nonEmpty(transport.send(get).body()));
    }

    @Override
    public JsonNode templateSchemaRules(String servicePrincipalId, String templateId) {
        String path = sync(servicePrincipalId) + "/templates/" + segment(templateId) + "/schema";
        return SchemaRules.read(
                nonEmpty(transport.send(GraphCall.get(path, SYNC_READ)).body()));
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
        ServicePrincipal created = create(
                call,
                () -> findServicePrincipals(applicationTemplateId, displayName).stream()
                        .findFirst(),
                body -> GraphJson.servicePrincipal(tree(body).path("servicePrincipal")));
        transport.markCreated(created.id());
        return created;
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
        Job created = create(
                call,
                () -> jobs(servicePrincipalId).stream()
                        .filter(j -> j.ofTemplate(templateId))
                        .reduce((first, second) -> second),
                body -> GraphJson.job(tree(body)));
        transport.markCreated(created.id());
        return created;
    }

    /** A 404 counts as done: the job is gone, which is what was asked (e.g. a retry after a lost answer). */
    @Override
    public void deleteJob(String servicePrincipalId, String jobId) {
        try {
            send("DELETE", job(servicePrincipalId, jobId), null, GraphCall.Kind.IDEMPOTENT, SYNC_WRITE);
        } catch (GraphException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public void deleteServicePrincipal(String servicePrincipalId) {
        try {
            send(
                    "DELETE",
                    "/servicePrincipals/" + servicePrincipalId,
                    null,
                    GraphCall.Kind.IDEMPOTENT,
                    "Application.ReadWrite.OwnedBy");
        } catch (GraphException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    @Override
    public void putSecrets(String servicePrincipalId, LiveSecrets live, List<SecretValue> owned) {
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

    /** Permission per docs/graph.md section 4.8: Directory.ReadWrite.All, not a Synchronization one. */
    @Override
    public DiscoveredDirectory discover(String servicePrincipalId, String jobId, String directoryId) {
        GraphResponse r = send(
                "POST",
                job(servicePrincipalId, jobId) + "/schema/directories/" + segment(directoryId) + "/discover",
                null,
                GraphCall.Kind.IDEMPOTENT,
                "Directory.ReadWrite.All");
        return GraphJson.directory(directoryId, tree(r.body()));
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
        return ProvisioningAnswer.read(tree(r.body()));
    }

    /**
     * Sends a create. After a lost answer it re-reads three times with growing pauses (a timed-out create may still be
     * committing) and adopts what the first attempt made; only when nothing appears is the create sent again.
     */
    private <T> T create(GraphCall call, Supplier<Optional<T>> reread, Function<byte[], T> parse) {
        for (int attempt = 1; ; attempt++) {
            try {
                return parse.apply(transport.sendCreate(call).body());
            } catch (ResponseLost lost) {
                for (int read = 1; read <= REREADS_AFTER_LOST_CREATE; read++) {
                    if (read > 1) {
                        transport.pause(read - 1, "looking for what the unanswered create made");
                    }
                    Optional<T> existing = reread.get();
                    if (existing.isPresent()) {
                        return existing.get();
                    }
                }
                if (attempt >= policy.maxAttempts()) {
                    throw GraphException.of(
                            GraphException.Kind.CREATE_LOST,
                            "NoResponse",
                            call.method() + " " + call.target() + ": no answer from Graph, and nothing was created",
                            null);
                }
                transport.pause(attempt, "the unanswered create left nothing behind; sending it again");
            }
        }
    }

    private GraphResponse send(String method, String path, JsonNode body, GraphCall.Kind kind, String permission) {
        return transport.send(
                new GraphCall(method, path, body == null ? null : JSON.writeValueAsString(body), kind, permission));
    }

    private JsonNode read(String path, String permission) {
        return tree(transport.send(GraphCall.get(path, permission)).body());
    }

    /** Every item of a collection, following {@code @odata.nextLink} (docs/graph.md section 1.3). */
    private List<JsonNode> pages(String path, String permission) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        while (next != null) {
            JsonNode page = read(next, permission);
            page.path("value").forEach(items::add);
            next = GraphJson.text(page, "@odata.nextLink");
        }
        return items;
    }

    private JsonNode tree(byte[] body) {
        return JSON.readTree(nonEmpty(body));
    }

    private static byte[] nonEmpty(byte[] body) {
        if (body == null || body.length == 0) {
            throw GraphJson.unexpected("an empty body where JSON was expected");
        }
        return body;
    }

    private static String sync(String servicePrincipalId) {
        return "/servicePrincipals/" + segment(servicePrincipalId) + "/synchronization";
    }

    private static String job(String servicePrincipalId, String jobId) {
        return sync(servicePrincipalId) + "/jobs/" + segment(jobId);
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An OData string literal: single quotes doubled. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
