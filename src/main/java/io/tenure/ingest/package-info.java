/**
 * Ingest: the Segment-compatible tracking API, write keys and (later) file imports. Calls become
 * people, accounts and events through {@link io.tenure.ingest.Ingestion}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package io.tenure.ingest;
