/** The only code that speaks HTTP and Graph JSON: reader and writer seams, authentication, retries, LiveStateReader. May import: model. */
package io.github.cloudsync.graph;
