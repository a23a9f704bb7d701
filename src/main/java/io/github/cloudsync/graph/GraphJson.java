package io.github.cloudsync.graph;

import io.github.cloudsync.model.DiscoveredDirectory;
import io.github.cloudsync.model.GraphException;
import io.github.cloudsync.model.Job;
import io.github.cloudsync.model.JobStatus;
import io.github.cloudsync.model.Organization;
import io.github.cloudsync.model.ScheduleState;
import io.github.cloudsync.model.Secret;
import io.github.cloudsync.model.ServicePrincipal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Graph's JSON shapes (docs/graph.md sections 4 and 5) read into model records; the only place their names appear. */
final class GraphJson {
    /** The one JSON mapper of the Graph client: its deserializer caches and name tables stay warm across sessions. */
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GraphJson() {}

    static Organization organization(JsonNode node) {
        JsonNode sync = node.path("onPremisesSyncEnabled");
        return new Organization(text(node, "id"), sync.isBoolean() ? sync.booleanValue() : null);
    }

    /** A service principal; {@code objectId} is read when {@code id} is missing (beta instantiate, section 4.2). */
    static ServicePrincipal servicePrincipal(JsonNode node) {
        String id = text(node, "id") != null ? text(node, "id") : text(node, "objectId");
        if (id == null) {
            throw unexpected("a service principal without id or objectId");
        }
        return new ServicePrincipal(
                id, text(node, "appId"), text(node, "displayName"), text(node, "applicationTemplateId"));
    }

    static Job job(JsonNode node) {
        String id = text(node, "id");
        String templateId = text(node, "templateId");
        if (id == null || templateId == null) {
            throw unexpected("a synchronization job without id or templateId");
        }
        JsonNode schedule = node.path("schedule");
        return new Job(
                id,
                templateId,
                scheduleState(text(schedule, "state")),
                text(schedule, "interval"),
                status(node.path("status")),
                JobSettingsCodec.read(node.path("synchronizationJobSettings")));
    }

    static Secret secret(JsonNode node) {
        String key = text(node, "key");
        if (key == null) {
            throw unexpected("a synchronization secret without key");
        }
        String value = text(node, "value");
        return new Secret(key, value == null ? "" : value);
    }

    static DiscoveredDirectory directory(String requestedId, JsonNode node) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (JsonNode object : node.path("objects")) {
            List<String> names = new ArrayList<>();
            object.path("attributes")
                    .forEach(a -> Optional.ofNullable(text(a, "name")).ifPresent(names::add));
            attributes.put(text(object, "name"), List.copyOf(names));
        }
        String id = text(node, "id");
        return new DiscoveredDirectory(id == null ? requestedId : id, attributes);
    }

    private static JobStatus status(JsonNode node) {
        return new JobStatus(
                text(node, "code"),
                quarantine(node.path("quarantine")),
                execution(node.path("lastExecution")),
                execution(node.path("lastSuccessfulExecution")),
                text(node, "steadyStateLastAchievedTime"),
                node.path("countSuccessiveCompleteFailures").asLong(0));
    }

    private static Optional<JobStatus.Quarantine> quarantine(JsonNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode error = node.path("error");
        return Optional.of(new JobStatus.Quarantine(
                text(node, "reason"),
                text(node, "currentBegan"),
                text(node, "nextAttempt"),
                text(node, "seriesBegan"),
                node.path("seriesCount").asLong(0),
                text(error, "code"),
                text(error, "message")));
    }

    private static Optional<JobStatus.Execution> execution(JsonNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode error = node.path("error");
        return Optional.of(new JobStatus.Execution(
                text(node, "state"),
                text(node, "timeBegan"),
                text(node, "timeEnded"),
                node.path("countImported").asLong(0),
                node.path("countExported").asLong(0),
                node.path("countEscrowed").asLong(0),
                text(error, "code"),
                text(error, "message")));
    }

    /** {@code synchronizationScheduleState} (section 5.1), read without regard to case. */
    private static ScheduleState scheduleState(String state) {
        if (state == null) {
            throw unexpected("a synchronization job without schedule.state");
        }
        return ScheduleState.byGraphName(state)
                .orElseThrow(() -> unexpected("an unknown schedule state '" + state + "'"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    /** Graph answered {@code answer} with {@code what} (an empty body, invalid JSON): names the call and request-id. */
    static GraphException notJson(GraphResponse answer, String what) {
        return new GraphException(
                GraphException.Kind.UNEXPECTED_ANSWER,
                answer.status(),
                "InvalidJson",
                answer.call() + ": Graph answered " + answer.status() + " with " + what,
                answer.requestId(),
                answer.clientRequestId(),
                GraphException.Call.UNKNOWN,
                null);
    }

    static GraphException unexpected(String what) {
        return GraphException.of(
                GraphException.Kind.UNEXPECTED_ANSWER, "UnexpectedResponse", "Graph answered with " + what, null);
    }
}
