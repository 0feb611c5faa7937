package io.tenure.identity;

/**
 * Published once, in the transaction that creates the first admin of an empty database; listeners
 * that fill the new workspace (the demo) take part in that transaction.
 */
public record WorkspaceCreated(long adminId) {
}
