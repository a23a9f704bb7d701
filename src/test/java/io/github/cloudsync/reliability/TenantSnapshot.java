package io.github.cloudsync.reliability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's exported state (secrets unmasked), with what reliability tests ask of it: counts of service
 * principals and jobs, the stored secrets, and a form with generated ids and times replaced, so two runs compare equal.
 */
record TenantSnapshot(JsonNode state) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ISO_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";

    List<JsonNode> servicePrincipals() {
        List<JsonNode> all = new ArrayList<>();
        state.path("servicePrincipals").forEach(all::add);
        return all;
    }

    /** How many jobs of each template each service principal has, e.g. {@code {AD2AADProvisioning=1}}. */
    Map<String, Integer> jobsPerTemplate(JsonNode servicePrincipal) {
        Map<String, Integer> counts = new TreeMap<>();
        servicePrincipal
                .at("/synchronization/jobs")
                .forEach(j -> counts.merge(j.path("templateId").asString(), 1, Integer::sum));
        return counts;
    }

    /** The stored secrets of one service principal, key to value, unmasked. */
    static Map<String, String> secrets(JsonNode servicePrincipal) {
        Map<String, String> secrets = new LinkedHashMap<>();
        servicePrincipal
                .at("/synchronization/secrets")
                .forEach(s ->
                        secrets.put(s.path("key").asString(), s.path("value").asString()));
        return secrets;
    }

    /** The stored secrets of the only service principal (empty map when there is none). */
    Map<String, String> secrets() {
        return servicePrincipals().isEmpty()
                ? Map.of()
                : secrets(servicePrincipals().get(0));
    }

    /**
     * Pretty JSON with every service principal id, appId and job id replaced by a stable label, jobs sorted by template,
     * and ISO times replaced (the steady-state times Graph sends for "never", 0001-01-01, stay).
     */
    String normalised() {
        ObjectNode copy = (ObjectNode) state.deepCopy();
        Map<String, String> labels = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode sp : copy.path("servicePrincipals")) {
            String label = "sp" + (++n);
            labels.put(sp.path("id").asString(), "<" + label + ">");
            labels.put(sp.path("appId").asString(), "<" + label + "-app>");
            ArrayNode jobs = (ArrayNode) sp.at("/synchronization/jobs");
            List<JsonNode> sorted = new ArrayList<>();
            jobs.forEach(sorted::add);
            sorted.sort(Comparator.comparing(j -> j.path("templateId").asString()));
            jobs.removeAll();
            sorted.forEach(jobs::add);
            int k = 0;
            for (JsonNode job : jobs) {
                labels.put(
                        job.path("id").asString(),
                        "<" + label + "-job" + (++k) + "-"
                                + job.path("templateId").asString() + ">");
            }
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
        for (Map.Entry<String, String> label : labels.entrySet()) {
            text = text.replace(label.getKey(), label.getValue());
        }
        return text.replaceAll("\"(?!0001-)" + ISO_TIME + "\"", "\"<time>\"")
                .replaceAll("Date:[^,\"]+, ActivityId:[0-9a-f-]+", "<version>");
    }
}
