/** Pure comparison of a Profile with a LiveState: no I/O, no clock, no environment. May import: model. */
package io.github.cloudsync.diff;
