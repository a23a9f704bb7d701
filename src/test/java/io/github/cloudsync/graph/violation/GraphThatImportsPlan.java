package io.github.cloudsync.graph.violation;

import io.github.cloudsync.plan.Plan;

/** Deliberately breaks the package rule: graph importing plan. Only the architecture test imports it. */
public final class GraphThatImportsPlan {
    public static boolean nothingToDo(Plan plan) {
        return plan.empty();
    }
}
