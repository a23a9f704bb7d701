package io.github.cloudsync.apply;

import io.github.cloudsync.plan.Action;

/** Hears about each step as it runs, so the CLI can print one progress line per step. */
public interface StepListener {
    void started(int number, int total, Action action);

    void finished(int number, int total, StepOutcome outcome);

    /** A listener that ignores everything. */
    StepListener SILENT = new StepListener() {
        @Override
        public void started(int number, int total, Action action) {}

        @Override
        public void finished(int number, int total, StepOutcome outcome) {}
    };
}
