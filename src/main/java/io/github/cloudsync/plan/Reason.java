package io.github.cloudsync.plan;

/**
 * Why an action is in a plan, as a stable code (as Terraform's plans carry an {@code ActionReason}); the values its
 * wording needs are the action's own fields. Only {@code render} words a reason, and {@code plan --json} writes the code
 * as {@code reason_code}.
 */
public enum Reason {
    /** SetDirectorySync: the tenant's directory sync flag differs from the profile. */
    DIRECTORY_SYNC_DIFFERS,
    /**
     * SetDirectorySync: the profile turns directory sync off while Graph has it on (or its state is unknown): a
     * tenant-wide destructive change (docs/graph.md section 16.3).
     */
    DIRECTORY_SYNC_TURNED_OFF,
    /** CreateServicePrincipal: no service principal of the template has the display name. */
    NO_SERVICE_PRINCIPAL,
    /** CreateJob: the profile wants a job of the template and there is none. */
    JOB_MISSING,
    /** DeleteJob: the profile wants no job of the template. */
    JOB_NOT_WANTED,
    /** DeleteJob: a second or later job of a template whose first job is kept. */
    EXTRA_JOB,
    /** PutSchema: password hash sync is on, so the user and inetOrgPerson mappings need CredentialData. */
    CREDENTIAL_DATA_WANTED,
    /** PutSchema: password hash sync is off, so CredentialData must not flow. */
    CREDENTIAL_DATA_NOT_WANTED,
    /** PutSchema: the scope or attribute mappings (exact mode: any part of the rules) differ from the profile. */
    SCHEMA_DIFFERS,
    /** PutSchema: as SCHEMA_DIFFERS, and the scope gets narrower, so Entra deletes the objects that leave it. */
    SCOPE_NARROWS,
    /** PutSecrets: an owned key is missing or differs from the profile. */
    SECRETS_DIFFER,
    /** PutSecrets: nothing readable differs, but password hash sync changes, so AppKey is written. */
    PASSWORD_HASH_SYNC_CHANGES,
    /** DiscoverDirectory: Exchange hybrid writeback needs an attribute in the AD schema. */
    ATTRIBUTE_NEEDED,
    /** StartJob: the profile's state is active and the job is created (disabled) by this plan. */
    NEW_JOB_IS_DISABLED,
    /** StartJob: the profile's state is active and the job's schedule is not. */
    SCHEDULE_NOT_ACTIVE,
    /** PauseJob: the profile's state is paused and the job's schedule is active. */
    SCHEDULE_ACTIVE
}
