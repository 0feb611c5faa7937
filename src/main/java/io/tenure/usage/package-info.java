/**
 * Usage: the event store (immutable facts, deduplicated by message id), the taxonomy of event names,
 * and daily rollups per account and per person, kept current as events arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Usage")
package io.tenure.usage;
