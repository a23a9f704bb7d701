package io.github.cloudsync.model;

/** A synchronization job schedule's state ({@code synchronizationScheduleState}). */
public enum ScheduleState {
    ACTIVE,
    DISABLED,
    PAUSED
}
