package io.tenure.usage;

/**
 * Published inside the transaction that changed how an event name is read (its category, whether it is
 * a key event, its feature property). What was computed from the categories before, such as the base
 * line of the whole base, is stale once it commits.
 */
public record TaxonomyChanged(String name) {
}
