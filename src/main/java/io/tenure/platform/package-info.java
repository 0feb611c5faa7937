/**
 * Platform: the embedded PostgreSQL, security, error handling (RFC 9457 problem details), the
 * layout and its languages. Its top-level package holds what other modules may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.tenure.platform;
