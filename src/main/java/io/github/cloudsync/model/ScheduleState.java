package io.github.cloudsync.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A synchronization job schedule's state ({@code synchronizationScheduleState}), with the one spelling Graph uses and
 * cloudsync shows everywhere.
 */
public enum ScheduleState {
    ACTIVE("Active"),
    DISABLED("Disabled"),
    PAUSED("Paused");

    private final String graphName;

    ScheduleState(String graphName) {
        this.graphName = graphName;
    }

    /** The state as Graph spells it, which is also how plans and status show it. */
    public String graphName() {
        return graphName;
    }

    /** The state Graph names so, without regard to case. */
    public static Optional<ScheduleState> byGraphName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.graphName.equalsIgnoreCase(name))
                .findFirst();
    }
}
