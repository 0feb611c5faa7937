/**
 * Demo: a seeded, deterministic simulator of a B2B SaaS that fills the demo workspace on the first
 * start. It uses the identity and accounts modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package io.tenure.demo;
