/** Immutable records and enums shared by every package, plus the one sealed failure hierarchy; imports nothing of ours. */
package io.github.cloudsync.model;
