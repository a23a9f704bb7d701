package io.github.cloudsync.render;

import io.github.cloudsync.plan.Action;
import io.github.cloudsync.plan.Reason;

/**
 * The stable names plan.json gives an action's type and reason ({@code schemas/plan.v1.schema.json}): written out, so
 * renaming a Java class or constant cannot change the format.
 */
final class ActionNames {
    private ActionNames() {}

    static String type(Action action) {
        if (action instanceof Action.SetDirectorySync) {
            return "SetDirectorySync";
        } else if (action instanceof Action.CreateServicePrincipal) {
            return "CreateServicePrincipal";
        } else if (action instanceof Action.CreateJob) {
            return "CreateJob";
        } else if (action instanceof Action.DeleteJob) {
            return "DeleteJob";
        } else if (action instanceof Action.PutSecrets) {
            return "PutSecrets";
        } else if (action instanceof Action.PutSchema) {
            return "PutSchema";
        } else if (action instanceof Action.DiscoverDirectory) {
            return "DiscoverDirectory";
        } else if (action instanceof Action.StartJob) {
            return "StartJob";
        } else if (action instanceof Action.PauseJob) {
            return "PauseJob";
        }
        throw new IllegalStateException("no type name for " + action.address());
    }

    /** {@code reason_code}: one name per code, written out (a new code does not compile until it has one). */
    static String reasonCode(Reason reason) {
        return switch (reason) {
            case DIRECTORY_SYNC_DIFFERS -> "directory_sync_differs";
            case DIRECTORY_SYNC_TURNED_OFF -> "directory_sync_turned_off";
            case NO_SERVICE_PRINCIPAL -> "no_service_principal";
            case JOB_MISSING -> "job_missing";
            case JOB_NOT_WANTED -> "job_not_wanted";
            case EXTRA_JOB -> "extra_job";
            case CREDENTIAL_DATA_WANTED -> "credential_data_wanted";
            case CREDENTIAL_DATA_NOT_WANTED -> "credential_data_not_wanted";
            case SCHEMA_DIFFERS -> "schema_differs";
            case SCOPE_NARROWS -> "scope_narrows";
            case SECRETS_DIFFER -> "secrets_differ";
            case PASSWORD_HASH_SYNC_CHANGES -> "password_hash_sync_changes";
            case ATTRIBUTE_NEEDED -> "attribute_needed";
            case NEW_JOB_IS_DISABLED -> "new_job_is_disabled";
            case SCHEDULE_NOT_ACTIVE -> "schedule_not_active";
            case SCHEDULE_ACTIVE -> "schedule_active";
        };
    }
}
