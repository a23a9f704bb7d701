package io.github.cloudsync.emulator;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A started job's first cycle under {@code jobLifecycle: realistic}, shaped like the real running cloud sync jobs
 * (the 2019 and 2025 samples of docs/graph.md section 4.4): {@code lastExecution} and {@code lastSuccessfulExecution}
 * (Succeeded), steady-state times, {@code troubleshootingUrl ""}, {@code synchronizedEntryCountByType} and the job
 * settings real jobs carry. The counts are the 2019 sample's; that every template reports them is the emulator's own
 * simplification [I]. The settings are taken from the secrets at start, so a later secrets write leaves them as they
 * were until the next start or restart [I].
 */
final class JobRun {
    private JobRun() {}

    static void firstCycle(JobRecord job, ServicePrincipalRecord sp, Instant now) {
        ObjectNode status = job.status();
        ObjectNode execution = execution(now);
        status.set("lastExecution", execution);
        status.set("lastSuccessfulExecution", execution.deepCopy());
        String ended = execution.get("timeEnded").asString();
        if (status.path("steadyStateFirstAchievedTime")
                .asString(JobShapes.NEVER)
                .equals(JobShapes.NEVER)) {
            status.put("steadyStateFirstAchievedTime", ended);
        }
        status.put("steadyStateLastAchievedTime", ended);
        status.put("troubleshootingUrl", "");
        ArrayNode counts = status.putArray("synchronizedEntryCountByType");
        counts.addObject().put("key", "group to Group").put("value", 33L);
        counts.addObject().put("key", "user to User").put("value", 3L);
        job.graph.set("synchronizationJobSettings", settings(sp));
    }

    /** A synchronizationTaskExecution of a cycle that imported and exported nothing new. */
    private static ObjectNode execution(Instant now) {
        ObjectNode execution = JsonTrees.object();
        execution.put("activityIdentifier", UUID.randomUUID().toString());
        for (String counter : new String[] {
            "countEntitled",
            "countEntitledForProvisioning",
            "countEscrowed",
            "countEscrowedRaw",
            "countExported",
            "countExports",
            "countImported",
            "countImportedDeltas",
            "countImportedReferenceDeltas"
        }) {
            execution.put(counter, 0L);
        }
        execution.put("state", "Succeeded");
        execution.putNull("error");
        execution.put("timeBegan", JobShapes.dateTime(now));
        execution.put("timeEnded", JobShapes.dateTime(now));
        return execution;
    }

    /** Domain, DomainFQDN, DomainNetBios, ForestFQDN, ForestNetBios (when a Domain secret names the domain) and the threshold. */
    static ArrayNode settings(ServicePrincipalRecord sp) {
        ArrayNode settings = JsonTrees.array();
        String domain = domainName(sp.secrets.get("Domain"));
        if (domain != null) {
            String netBios = netBios(domain);
            ObjectNode domainJson = JsonTrees.object();
            domainJson.put("DomainFQDN", domain);
            domainJson.put("DomainNetBios", netBios);
            domainJson.put("ForestFQDN", domain);
            domainJson.put("ForestNetBios", netBios);
            setting(settings, "Domain", JsonTrees.text(domainJson));
            setting(settings, "DomainFQDN", domain);
            setting(settings, "DomainNetBios", netBios);
            setting(settings, "ForestFQDN", domain);
            setting(settings, "ForestNetBios", netBios);
        }
        setting(
                settings,
                "QuarantineTooManyDeletesThreshold",
                Long.toString(NotificationSettings.threshold(sp.secrets)));
        return settings;
    }

    private static void setting(ArrayNode settings, String name, String value) {
        settings.addObject().put("name", name).put("value", value);
    }

    /** The {@code domain} of the Domain secret ({@code {"domain":"contoso.com"}}), or null. */
    private static String domainName(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            JsonNode value = JsonTrees.parseText(secret).path("domain");
            return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The first label, upper case, at most 15 characters (a NetBIOS name). */
    private static String netBios(String domain) {
        String label = domain.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
        return label.length() > 15 ? label.substring(0, 15) : label;
    }
}
