package io.tenure.demo.world;

/** Why customers leave, as CSMs record it; accounts that never onboarded leave for their own reasons. */
final class ChurnReasons {

	private static final Weighted<String> NOT_ONBOARDED_EARLY = new Weighted<String>()
		.add("Never completed onboarding", 30).add("Low adoption across the team", 25)
		.add("Product did not fit their workflow", 20).add("Switched to a competitor", 10).add("Budget cuts", 10)
		.add("Champion left the company", 5);

	private static final Weighted<String> ANY = new Weighted<String>()
		.add("Budget cuts", 20).add("Switched to a competitor", 20).add("Champion left the company", 15)
		.add("Price increase at renewal", 12).add("Low adoption across the team", 10).add("Missing integrations", 8)
		.add("Acquired by another company", 6).add("Went out of business", 5).add("Poor support experience", 4);

	private ChurnReasons() {
	}

	static String reason(boolean onboarded, boolean early, Chance chance) {
		return (!onboarded && early ? NOT_ONBOARDED_EARLY : ANY).draw(chance);
	}
}
