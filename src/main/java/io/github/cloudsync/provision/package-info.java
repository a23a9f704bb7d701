/**
 * Provision on demand: one on-premises object provisioned now through the job and synchronization rule of its type,
 * for {@code cloudsync provision}. It writes (a POST), so it takes the Graph writer. May import: model, graph, read.
 */
package io.github.cloudsync.provision;
