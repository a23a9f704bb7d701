package io.github.cloudsync.model;

/** Whether the configuration's jobs should be running or paused. */
public enum DesiredState {
    ACTIVE,
    PAUSED
}
