/**
 * import: the profile v1 that describes a live configuration, its text, and the check that it plans to no changes.
 * May import: model, profile, plan.
 */
package io.github.cloudsync.importer;
