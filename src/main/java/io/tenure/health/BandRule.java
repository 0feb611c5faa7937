package io.tenure.health;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Each band is named, used at most once, and runs upwards within 0-100. */
final class BandRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		List<BandRange> bands = card.bands();
		if (bands.isEmpty()) {
			problems.add("bands", "add bands that cover 0 to 100, for example RED 0-40, YELLOW 40-70, GREEN 70-100");
		}
		Map<Band, Integer> seen = new EnumMap<>(Band.class);
		for (int i = 0; i < bands.size(); i++) {
			BandRange range = bands.get(i);
			String at = "bands[" + i + "]";
			if (range == null) {
				continue;
			}
			if (range.band() == null) {
				problems.add(at + ".band", "name the band: RED, YELLOW or GREEN");
			}
			else if (seen.putIfAbsent(range.band(), i) != null) {
				problems.add(at + ".band", range.band() + " is already defined at bands[" + seen.get(range.band())
						+ "]; use each band once");
			}
			if (!within(range.from())) {
				problems.add(at + ".from", "must be between 0 and 100, not " + Problems.number(range.from()));
			}
			if (!within(range.to())) {
				problems.add(at + ".to", "must be between 0 and 100, not " + Problems.number(range.to()));
			}
			else if (!(range.to() > range.from())) {
				problems.add(at + ".to", "must be greater than from (" + Problems.number(range.from()) + ")");
			}
		}
	}

	static boolean sound(BandRange range) {
		return range != null && range.band() != null && within(range.from()) && within(range.to()) && range.to() > range.from();
	}

	private static boolean within(double score) {
		return score >= 0 && score <= 100;
	}
}
