/**
 * Runs a Plan's actions in order through the Graph writer and reports each step; refuses a stale saved plan and proves
 * convergence afterwards. May import: model, plan, graph, read.
 */
package io.github.cloudsync.apply;
