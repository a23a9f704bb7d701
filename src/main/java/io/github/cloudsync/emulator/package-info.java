/** A stateful local Microsoft Graph for cloud sync on the JDK HTTP server; shares no code with graph or model. Only cli imports it. */
package io.github.cloudsync.emulator;
