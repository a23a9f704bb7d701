package io.github.cloudsync.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /servicePrincipals} with {@code $filter}, {@code $top}, {@code $select} and {@code @odata.nextLink}
 * paging (default page 100, at most 999), and {@code GET /servicePrincipals/{id}} (docs/graph.md 1.3). Answers carry
 * the call's version's properties only; the list is in creation order, or id order with {@code servicePrincipalOrder:
 * id} (Graph documents no order).
 */
final class ServicePrincipalQuery {
    private static final int DEFAULT_PAGE = 100;
    private static final Set<String> OPTIONS = Set.of("$filter", "$top", "$skiptoken", "$select");

    private ServicePrincipalQuery() {}

    static GraphReply list(GraphCall call, Tenant tenant, Map<String, String> params) {
        QueryOptions options = QueryOptions.of(call, OPTIONS);
        String filter = options.get("$filter");
        ServicePrincipalFilter.Parsed matches = filter == null
                ? new ServicePrincipalFilter.Parsed(sp -> true, null)
                : ServicePrincipalFilter.parse(filter);
        int pageSize = options.top(DEFAULT_PAGE, 999);
        int offset = skipToken(options.get("$skiptoken"));

        List<ObjectNode> all = new ArrayList<>();
        for (ServicePrincipalRecord sp : tenant.servicePrincipals.values()) {
            // the filter reads only properties of both versions, so it sees the same on the stored one as on its
            // projection; only the matches are copied (a fleet of thousands is one lookup per profile)
            if (matches.mayMatch(sp) && matches.predicate().test(sp.graph)) {
                all.add(ServicePrincipalVersions.project(call, sp.graph));
            }
        }
        if (tenant.settings.servicePrincipalOrder() == EmulatorSettings.ServicePrincipalOrder.id) {
            all.sort(Comparator.comparing(sp -> sp.path("id").asString().toLowerCase(Locale.ROOT)));
        }
        String select = options.get("$select");
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("servicePrincipals" + (select == null ? "" : "(" + select + ")")));
        ArrayNode value = JsonTrees.array();
        for (int i = offset; i < Math.min(all.size(), offset + pageSize); i++) {
            value.add(Selection.apply(all.get(i), select));
        }
        if (offset + pageSize < all.size()) {
            body.put("@odata.nextLink", nextLink(call, options, offset + pageSize));
        }
        body.set("value", value);
        return GraphReply.json(200, body);
    }

    static GraphReply get(GraphCall call, Tenant tenant, Map<String, String> params) {
        QueryOptions options = QueryOptions.of(call, Set.of("$select"));
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        ObjectNode body = JsonTrees.object();
        body.put("@odata.context", call.context("servicePrincipals/$entity"));
        body.setAll(Selection.apply(ServicePrincipalVersions.project(call, sp.graph), options.get("$select")));
        return GraphReply.json(200, body);
    }

    /** {@code DELETE /servicePrincipals/{id}}: 204, and its jobs and secrets go with it. */
    static GraphReply delete(GraphCall call, Tenant tenant, Map<String, String> params) {
        ServicePrincipalRecord sp = tenant.requireServicePrincipal(params.get("sp"));
        tenant.servicePrincipals.values().remove(sp);
        return GraphReply.noContent();
    }

    private static String nextLink(GraphCall call, QueryOptions options, int offset) {
        StringBuilder link = new StringBuilder(call.serviceRoot()).append("/servicePrincipals?");
        for (String name : List.of("$filter", "$select", "$top")) {
            String value = options.get(name);
            if (value != null) {
                link.append(name).append('=').append(encode(value)).append('&');
            }
        }
        String token = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
        return link.append("$skiptoken=").append(token).toString();
    }

    private static int skipToken(String token) {
        if (token == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("offset:")) {
                return Integer.parseInt(decoded.substring("offset:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw GraphFailure.badRequest("Request_BadRequest", "Invalid paging token specified.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
