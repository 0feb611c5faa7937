package io.tenure.demo.world;

import io.tenure.accounts.Tier;

/** What the simulated SaaS's customers look like: tier mix, industries, countries, sizes and plans. */
final class Firmographics {

	static final Weighted<Tier> TIERS = new Weighted<Tier>()
		.add(Tier.STANDARD, 70).add(Tier.LARGE, 22).add(Tier.KEY, 8);

	static final Weighted<String> INDUSTRIES = new Weighted<String>()
		.add("Software", 18).add("Financial Services", 12).add("Healthcare", 10).add("Retail & E-commerce", 10)
		.add("Manufacturing", 9).add("Professional Services", 9).add("Education", 7).add("Marketing & Advertising", 7)
		.add("Logistics & Transportation", 6).add("Media & Entertainment", 5).add("Real Estate", 4).add("Nonprofit", 3);

	static final Weighted<String> COUNTRIES = new Weighted<String>()
		.add("US", 44).add("GB", 12).add("DE", 9).add("FR", 6).add("CA", 6).add("NL", 5).add("AU", 5).add("SE", 3)
		.add("IE", 2).add("ES", 2).add("CH", 2).add("DK", 2).add("NO", 1).add("SG", 1);

	private static final Weighted<String> STANDARD_PLANS = new Weighted<String>().add("Starter", 40).add("Team", 60);

	private Firmographics() {
	}

	/** Employees by tier, log-uniform: STANDARD 10-200, LARGE 200-2,000, KEY 2,000-50,000. */
	static int employees(Tier tier, Chance chance) {
		return switch (tier) {
			case STANDARD -> chance.logUniform(10, 200);
			case LARGE -> chance.logUniform(200, 2_000);
			case KEY -> chance.logUniform(2_000, 50_000);
		};
	}

	static String plan(Tier tier, Chance chance) {
		return switch (tier) {
			case STANDARD -> STANDARD_PLANS.draw(chance);
			case LARGE -> "Business";
			case KEY -> "Enterprise";
		};
	}

	/** Most companies use .com; some their country's domain, software companies often .io. */
	static String topLevelDomain(String country, String industry, Chance chance) {
		if (industry.equals("Software") && chance.of(0.35)) {
			return "io";
		}
		if (chance.of(0.55)) {
			return "com";
		}
		return switch (country) {
			case "GB" -> "co.uk";
			case "AU" -> "com.au";
			case "US" -> industry.equals("Nonprofit") ? "org" : "com";
			case "SG" -> "com.sg";
			default -> country.toLowerCase(java.util.Locale.ROOT);
		};
	}
}
