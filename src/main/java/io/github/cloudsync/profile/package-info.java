/** Loads a YAML profile, validates it against the packaged JSON Schema and semantic rules, and binds it to model records. May import: model. */
package io.github.cloudsync.profile;
