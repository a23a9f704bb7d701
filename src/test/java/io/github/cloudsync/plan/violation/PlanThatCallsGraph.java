package io.github.cloudsync.plan.violation;

import io.github.cloudsync.graph.GraphReader;

/** Deliberately breaks the package rule: plan importing graph. Only the architecture test imports it. */
public final class PlanThatCallsGraph {
    public static Object organization(GraphReader graph) {
        return graph.organization();
    }
}
