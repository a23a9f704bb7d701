/**
 * The drift workflow: plans many profiles at once (GETs only), each classified as in sync, drifted or error, and waits
 * out throttling per profile. May import: model, profile, plan, graph, read, render.
 */
package io.github.cloudsync.drift;
