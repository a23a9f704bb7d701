/**
 * What a command reads from a tenant for a profile, with GETs only and checked to be the profile's tenant: the live
 * state and the plan made against it (plan, apply, drift), and the configuration status and the job commands see.
 * May import: model, diff, plan, graph.
 */
package io.github.cloudsync.read;
