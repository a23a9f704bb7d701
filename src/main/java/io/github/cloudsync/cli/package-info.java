/** Picocli commands and the one composition root; the only code that writes to stdout and stderr. May import everything. */
package io.github.cloudsync.cli;
