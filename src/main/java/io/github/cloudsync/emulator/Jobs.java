package io.github.cloudsync.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Synchronization jobs: list, create (201, disabled), get, delete (docs/graph.md 4.4). */
final class Jobs {
    private static final Pattern TEMPLATE_FILTER = Pattern.compile("(?i)\\s*templateId\\s+eq\\s+'([^']*)'\\s*");
    private static final Set<String> ACCEPTED_ON_CREATE =
            Set.of("templateId", "schedule", "synchronizationJobSettings", "@odata.type");

    GraphReply list(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        String filter = QueryOptions.of(call, Set.of("$filter")).get("$filter");
        String template = null;
        if (filter != null) {
            Matcher matcher = TEMPLATE_FILTER.matcher(filter);
            if (!matcher.matches()) {
                throw GraphFailure.syncBackend(
                        400, "InvalidFilter", "Only templateId eq '...' is supported: " + filter);
            }
            template = matcher.group(1);
        }
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("servicePrincipals('" + sp.id() + "')/synchronization/jobs"));
        ArrayNode value = body.putArray("value");
        for (JobRecord job : sp.jobs.values()) {
            if (template == null || job.templateId().equalsIgnoreCase(template)) {
                value.add(job.graph.deepCopy());
            }
        }
        return GraphReply.json(200, body);
    }

    /** Creates a disabled job; the template must be one of the service principal's (docs/graph.md section 12). */
    GraphReply create(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        ObjectNode request = JsonTrees.parseObject(call.body());
        for (String name : request.propertyNames()) {
            if (!ACCEPTED_ON_CREATE.contains(name)) {
                throw GraphFailure.badRequest(
                        "BadRequest",
                        "The property '" + name + "' does not exist on type 'microsoft.graph.synchronizationJob'."
                                + " Make sure to only use property names that are defined by the type.");
            }
        }
        String templateId = JsonTrees.string(request, "templateId");
        List<String> allowed = ApplicationTemplate.jobTemplatesOf(sp.applicationTemplateId());
        if (templateId == null || !allowed.contains(templateId)) {
            throw GraphFailure.syncBackend(
                    400,
                    "InvalidTemplateId",
                    "The template '" + templateId + "' is not a synchronization template of this service principal."
                            + " Templates: " + String.join(", ", allowed) + ".");
        }
        String id = JobShapes.jobId(templateId, tenant.tenantId());
        JobRecord job = new JobRecord(JobShapes.newJob(id, templateId), null, JobShapes.schemaVersion(call.now()));
        sp.jobs.put(id, job);
        tenant.markCreated(id, call.now());
        return GraphReply.json(201, entity(call, sp, job));
    }

    GraphReply get(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        JobRecord job = Tenant.requireJob(sp, params.get("job"));
        return GraphReply.json(200, entity(call, sp, job));
    }

    GraphReply delete(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        Tenant.requireJob(sp, params.get("job"));
        sp.jobs.remove(params.get("job"));
        return GraphReply.noContent();
    }

    private static ObjectNode entity(GraphCall call, ServicePrincipalRecord sp, JobRecord job) {
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("servicePrincipals('" + sp.id() + "')/synchronization/jobs/$entity"));
        body.setAll(job.graph.deepCopy());
        return body;
    }
}
