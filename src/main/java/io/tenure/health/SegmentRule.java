package io.tenure.health;

/** One rule a segment definition must follow; it adds what it finds wrong and never stops at the first problem. */
interface SegmentRule {

	void check(SegmentDefinition definition, SegmentRules.Context context, Problems problems);
}
