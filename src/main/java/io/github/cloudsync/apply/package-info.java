/** Runs a Plan's actions in order through the Graph writer and reports each step. May import: model, plan, graph. */
package io.github.cloudsync.apply;
