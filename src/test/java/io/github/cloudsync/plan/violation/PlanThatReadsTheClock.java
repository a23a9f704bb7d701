package io.github.cloudsync.plan.violation;

import java.time.Instant;

/** Deliberately breaks the purity rule: a plan class that reads the clock. Only the architecture test imports it. */
public final class PlanThatReadsTheClock {
    public static String stamp() {
        return Instant.now().toString() + System.getenv("HOME");
    }
}
