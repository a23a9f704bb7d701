package io.github.cloudsync.model;

/** When a mapping applies: always, or only when the object is created (Graph's flowType ObjectAddOnly). */
public enum MappingFlow {
    ALWAYS,
    ON_CREATE
}
