/**
 * Demo: a seeded, deterministic simulator of a B2B SaaS that fills the demo workspace on the first
 * start, with 12 months of product events written through ingestion. It uses the identity, accounts
 * and ingest modules; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package io.tenure.demo;
