package io.github.cloudsync.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Graph paths of the synchronization API (docs/graph.md section 3) and the escaping their parts need. */
final class GraphPaths {
    private GraphPaths() {}

    static String sync(String servicePrincipalId) {
        return "/servicePrincipals/" + segment(servicePrincipalId) + "/synchronization";
    }

    static String job(String servicePrincipalId, String jobId) {
        return sync(servicePrincipalId) + "/jobs/" + segment(jobId);
    }

    /** One path segment, percent-encoded (a space as {@code %20}, never {@code +}). */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query parameter's value, percent-encoded. */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An OData string literal: single quotes doubled. */
    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
