package io.github.cloudsync.emulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole emulated tenant: organization, service principals with their secrets and jobs, and the switches. One lock
 * per tenant: every endpoint and control call runs inside {@code synchronized (tenant)}, so concurrent requests
 * serialise and no update is lost.
 */
final class Tenant {
    /** The tenant id of the default state (docs/emulator.md). */
    static final String DEFAULT_TENANT_ID = "11111111-1111-1111-1111-111111111111";

    private static final Pattern APP_ID_KEY = Pattern.compile("(?i)appId='([^']*)'");

    ObjectNode organization;
    EmulatorSettings settings;
    /** Lower-cased object id to service principal, in creation order. */
    final Map<String, ServicePrincipalRecord> servicePrincipals = new LinkedHashMap<>();
    /** Lower-cased id of a recently created object (service principal, appId, job) to its creation time. */
    final Map<String, Instant> created = new HashMap<>();
    /** Times of recent provisionOnDemand calls, for its documented rate limit. */
    final Deque<Instant> provisionOnDemandCalls = new ArrayDeque<>();
    /** The replication lag window: the writes still being replicated and the state before them. */
    final Replicas replicas = new Replicas();

    Tenant(ObjectNode organization, EmulatorSettings settings) {
        this.organization = organization;
        this.settings = settings;
    }

    /** An empty tenant: one organization with the default id, no service principals. */
    static Tenant empty(SecretsMode mode) {
        ObjectNode org = JsonTrees.object();
        org.put("id", DEFAULT_TENANT_ID);
        org.putNull("deletedDateTime");
        org.put("displayName", "Contoso (emulated)");
        org.putNull("onPremisesLastSyncDateTime");
        org.putNull("onPremisesSyncEnabled");
        org.put("tenantType", "AAD");
        return new Tenant(org, EmulatorSettings.defaults(mode));
    }

    String tenantId() {
        return organization.get("id").asString();
    }

    /** Takes over everything from {@code other} (a state import). */
    void replaceWith(Tenant other) {
        organization = other.organization;
        settings = other.settings;
        servicePrincipals.clear();
        servicePrincipals.putAll(other.servicePrincipals);
        created.clear();
        provisionOnDemandCalls.clear();
        replicas.clear();
    }

    /** A copy that shares nothing mutable with this tenant (a replica's view); its lag window starts empty. */
    Tenant copy() {
        Tenant copy = new Tenant(organization.deepCopy(), settings);
        servicePrincipals.forEach((key, sp) -> copy.servicePrincipals.put(key, sp.copy()));
        copy.created.putAll(created);
        copy.provisionOnDemandCalls.addAll(provisionOnDemandCalls);
        return copy;
    }

    void add(ServicePrincipalRecord sp) {
        servicePrincipals.put(sp.id().toLowerCase(Locale.ROOT), sp);
    }

    /** The service principal addressed by a path key: its object id, or {@code appId='...'} (the alternate key). */
    ServicePrincipalRecord requireServicePrincipal(String key) {
        Matcher byAppId = APP_ID_KEY.matcher(key);
        if (byAppId.matches()) {
            String appId = byAppId.group(1);
            return servicePrincipals.values().stream()
                    .filter(sp -> sp.appId().equalsIgnoreCase(appId))
                    .findFirst()
                    .orElseThrow(() -> GraphFailure.resourceNotFound(appId));
        }
        ServicePrincipalRecord sp = servicePrincipals.get(key.toLowerCase(Locale.ROOT));
        if (sp == null) {
            throw GraphFailure.resourceNotFound(key);
        }
        return sp;
    }

    /** A job of {@code sp}; an unknown id is the backend's 404, wrapped as Graph does. */
    static JobRecord requireJob(ServicePrincipalRecord sp, String jobId) {
        JobRecord job = sp.jobs.get(jobId);
        if (job == null) {
            throw GraphFailure.syncBackend(404, "NotFound", "The synchronization job '" + jobId + "' was not found.");
        }
        return job;
    }

    void markCreated(String id, Instant when) {
        created.put(id.toLowerCase(Locale.ROOT), when);
    }
}
