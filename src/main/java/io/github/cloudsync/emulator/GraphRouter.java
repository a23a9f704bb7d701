package io.github.cloudsync.emulator;

import java.util.List;
import java.util.Map;

/** Routes a Graph call to its endpoint under the tenant's lock, or answers Graph's error for a path or verb it lacks. */
final class GraphRouter {
    private static final String JOB = "servicePrincipals/{sp}/synchronization/jobs/{job}";
    private static final String TEMPLATE = "servicePrincipals/{sp}/synchronization/templates/{template}";

    private final List<Route> routes;

    GraphRouter(DefaultSchemas schemas) {
        Jobs jobs = new Jobs();
        JobControl control = new JobControl();
        Schemas schemaEndpoints = new Schemas(schemas);
        Secrets secrets = new Secrets();
        SyncTemplates templates = new SyncTemplates(schemas);
        ProvisionOnDemand provisioning = new ProvisionOnDemand(schemas);
        this.routes = List.of(
                Route.of("GET", "organization", OrganizationEndpoints::list),
                Route.of("GET", "organization/{org}", OrganizationEndpoints::get),
                Route.of("PATCH", "organization/{org}", OrganizationEndpoints::patch),
                Route.of("POST", "applicationTemplates/{template}/instantiate", Instantiation::instantiate),
                Route.of("GET", "servicePrincipals", ServicePrincipalQuery::list),
                Route.of("GET", "servicePrincipals/{sp}", ServicePrincipalQuery::get),
                Route.of("DELETE", "servicePrincipals/{sp}", ServicePrincipalQuery::delete),
                Route.of("GET", "servicePrincipals/{sp}/synchronization/templates", templates::list),
                Route.of("GET", TEMPLATE + "/schema", templates::schema),
                Route.of("GET", TEMPLATE + "/schema/functions", SchemaExpressions::functionsOfTemplate),
                Route.of("POST", TEMPLATE + "/schema/parseExpression", SchemaExpressions::parseOnTemplate),
                Route.of("GET", "servicePrincipals/{sp}/synchronization/secrets", secrets::get),
                Route.of("PUT", "servicePrincipals/{sp}/synchronization/secrets", secrets::put),
                Route.of("GET", "servicePrincipals/{sp}/synchronization/jobs", jobs::list),
                Route.of("POST", "servicePrincipals/{sp}/synchronization/jobs", jobs::create),
                Route.of("GET", JOB, jobs::get),
                Route.of("DELETE", JOB, jobs::delete),
                Route.of("POST", JOB + "/start", control::start),
                Route.of("POST", JOB + "/pause", control::pause),
                Route.of("POST", JOB + "/restart", control::restart),
                Route.of("POST", JOB + "/provisionOnDemand", provisioning::provision),
                Route.of("GET", JOB + "/schema", schemaEndpoints::get),
                Route.of("PUT", JOB + "/schema", schemaEndpoints::put),
                Route.of("DELETE", JOB + "/schema", schemaEndpoints::delete),
                Route.of(
                        "POST",
                        JOB + "/schema/directories/{directory}/discover",
                        DiscoverPrerequisite.requiringDomain(schemaEndpoints::discover)),
                Route.of("GET", JOB + "/schema/functions", SchemaExpressions::functionsOfJob),
                Route.of("POST", JOB + "/schema/parseExpression", SchemaExpressions::parseOnJob));
    }

    /** Answers {@code call}; failures raised by endpoints propagate as {@link GraphFailure}. */
    GraphReply route(GraphCall call, Tenant tenant) {
        boolean pathKnown = false;
        boolean synchronization = false;
        for (Route route : routes) {
            Map<String, String> params = route.match(call.segments());
            if (params == null) {
                continue;
            }
            pathKnown = true;
            synchronization = route.synchronization();
            if (route.method().equals(call.method())) {
                synchronized (tenant) {
                    return route.endpoint().handle(call, tenant, params);
                }
            }
        }
        if (synchronization || call.segments().stream().anyMatch("synchronization"::equalsIgnoreCase)) {
            throw GraphFailure.noHttpResource(backendPath(call.segments()));
        }
        if (pathKnown) {
            throw new GraphFailure(
                    405,
                    "Request_BadRequest",
                    "Specified HTTP method is not allowed for the request target.",
                    Map.of());
        }
        String last = call.segments().isEmpty()
                ? ""
                : call.segments().get(call.segments().size() - 1);
        throw GraphFailure.badRequest("BadRequest", "Resource not found for the segment '" + last + "'.");
    }

    /** The backend's spelling of a path: {@code servicePrincipals('id')/synchronization/jobs('id')/schema}. */
    static String backendPath(List<String> segments) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(segment);
            boolean keyed = segment.equalsIgnoreCase("servicePrincipals")
                    || segment.equalsIgnoreCase("jobs")
                    || segment.equalsIgnoreCase("directories");
            if (keyed && i + 1 < segments.size()) {
                String key = segments.get(++i);
                path.append('(')
                        .append(key.contains("=") ? key : "'" + key + "'")
                        .append(')');
            }
        }
        return path.toString();
    }
}
