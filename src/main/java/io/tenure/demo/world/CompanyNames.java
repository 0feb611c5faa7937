package io.tenure.demo.world;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Unique, plausible company names ("Cedarfield Health", "Ironbridge Logistics") and domains derived
 * from them, combined from word lists so that even 10,000 accounts get distinct names.
 */
final class CompanyNames {

	private static final List<String> ROOTS = List.of("Acorn", "Alder", "Amber", "Apex", "Arbor", "Argent", "Ash", "Aspen",
			"Atlas", "Aurora", "Beacon", "Birch", "Blue", "Bright", "Canyon", "Cascade", "Cedar", "Clear", "Cobalt", "Copper",
			"Coral", "Crimson", "Delta", "East", "Echo", "Elm", "Ember", "Evergreen", "Falcon", "Fern", "Flint", "Fox",
			"Frontier", "Glacier", "Golden", "Granite", "Green", "Grey", "Hawk", "Hazel", "High", "Horizon", "Indigo", "Iron",
			"Ivy", "Juniper", "Keystone", "Lake", "Lantern", "Linden", "Maple", "Meadow", "Mercury", "Meridian", "Monarch",
			"Moss", "North", "Nova", "Oak", "Ocean", "Orchard", "Pine", "Pioneer", "Prairie", "Quarry", "Raven", "Red", "River",
			"Rowan", "Sage", "Silver", "Sky", "Slate", "Spruce", "Star", "Summit", "Sun", "Swift", "Thistle", "Timber", "True",
			"Valley", "Vista", "West", "Willow", "Wren");
	private static final List<String> ENDINGS = List.of("bay", "bridge", "brook", "crest", "dale", "field", "ford", "gate",
			"grove", "harbor", "haven", "hill", "hollow", "lane", "leaf", "light", "line", "mark", "mount", "path", "peak",
			"point", "port", "ridge", "rock", "shore", "side", "spring", "stone", "vale", "view", "ward", "water", "way", "wood",
			"works", "wave", "forge", "loop", "stack", "signal", "beam", "bloom", "crown");
	private static final List<String> GENERIC = List.of("Group", "Partners", "Labs", "Systems", "Technologies", "Holdings",
			"Solutions", "Co.");
	private static final Map<String, List<String>> BY_INDUSTRY = Map.ofEntries(
			Map.entry("Software", List.of("Software", "Labs", "Cloud", "Data")),
			Map.entry("Financial Services", List.of("Capital", "Financial", "Wealth", "Payments")),
			Map.entry("Healthcare", List.of("Health", "Medical", "Care", "Clinics")),
			Map.entry("Retail & E-commerce", List.of("Goods", "Outfitters", "Market", "Supply")),
			Map.entry("Manufacturing", List.of("Industries", "Manufacturing", "Components", "Fabrication")),
			Map.entry("Professional Services", List.of("Consulting", "Advisors", "Associates", "Partners")),
			Map.entry("Education", List.of("Learning", "Academy", "Education", "Schools")),
			Map.entry("Marketing & Advertising", List.of("Creative", "Media", "Studio", "Agency")),
			Map.entry("Logistics & Transportation", List.of("Logistics", "Freight", "Transport", "Shipping")),
			Map.entry("Media & Entertainment", List.of("Media", "Studios", "Pictures", "Entertainment")),
			Map.entry("Real Estate", List.of("Properties", "Realty", "Homes", "Estates")),
			Map.entry("Nonprofit", List.of("Foundation", "Trust", "Alliance", "Fund")));

	private final Set<String> names = new HashSet<>();
	private final Set<String> domains = new HashSet<>();

	/** A name not given yet in this world. */
	String name(String industry, Chance chance) {
		while (true) {
			String name = draw(industry, chance);
			if (names.add(name)) {
				return name;
			}
		}
	}

	private static String draw(String industry, Chance chance) {
		String root = chance.pick(ROOTS);
		String stem = chance.of(0.75) ? root + chance.pick(ENDINGS) : root;
		double suffix = chance.unit();
		if (suffix < 0.45) {
			return stem + " " + chance.pick(BY_INDUSTRY.get(industry));
		}
		return suffix < 0.75 ? stem + " " + chance.pick(GENERIC) : stem;
	}

	/** A domain not given yet: the name's first word, then the whole name, then with a number. */
	String domain(String name, String topLevel) {
		String[] words = name.toLowerCase(Locale.ROOT).replace("&", "").replace(".", "").split("\\s+");
		String first = words[0] + "." + topLevel;
		if (domains.add(first)) {
			return first;
		}
		String whole = String.join("", words) + "." + topLevel;
		for (int n = 2; !domains.add(whole); n++) {
			whole = String.join("", words) + n + "." + topLevel;
		}
		return whole;
	}
}
