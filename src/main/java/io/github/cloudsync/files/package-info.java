/**
 * Reading and writing the files cloudsync is given or makes, safely: bounded reads of regular files only (never a FIFO,
 * a device or a dangling link) and atomic, owner-only writes that never follow a symbolic link. It imports nothing of
 * ours, so every package that touches a file can use it.
 */
package io.github.cloudsync.files;
