package io.github.cloudsync.render;

import io.github.cloudsync.plan.Plan;

/** Terraform's summary line: {@code Plan: N to add, N to change, N to destroy.} */
final class Summary {
    private Summary() {}

    static String line(Plan plan) {
        return "Plan: " + plan.toAdd() + " to add, " + plan.toChange() + " to change, " + plan.toDestroy()
                + " to destroy.";
    }
}
