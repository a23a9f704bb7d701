package io.github.cloudsync.model;

/** A service principal as cloudsync needs it: object id, app id, display name and the template it came from. */
public record ServicePrincipal(String id, String appId, String displayName, String applicationTemplateId) {}
