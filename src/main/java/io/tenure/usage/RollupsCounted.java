package io.tenure.usage;

/** Published in the transaction of a batch that wrote a rollup delta: once it commits, the follower has work. */
record RollupsCounted() {
}
