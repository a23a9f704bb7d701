package io.github.cloudsync.model;

/** The tenant's organization object; {@code onPremisesSyncEnabled} is null when Graph has never set it. */
public record Organization(String id, Boolean onPremisesSyncEnabled) {}
