/** Pure turning of a diff into an ordered Plan of typed actions. May import: model, diff. */
package io.github.cloudsync.plan;
