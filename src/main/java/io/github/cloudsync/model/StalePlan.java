package io.github.cloudsync.model;

import java.util.List;

/** A saved plan no longer stands: what it was made from changed since (or the plan made from it now differs). */
public final class StalePlan extends CloudsyncException {
    private final List<String> changed;

    public StalePlan(List<String> changed) {
        super("plan is stale: changed since it was made: " + String.join(", ", changed), null);
        this.changed = List.copyOf(changed);
    }

    @Override
    public String failureCode() {
        return "stale_plan";
    }

    public List<String> changed() {
        return changed;
    }
}
