/** Renders plans, drift and status as text, JSON and Markdown. May import: model, diff, plan, apply. */
package io.github.cloudsync.render;
