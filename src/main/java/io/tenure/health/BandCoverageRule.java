package io.tenure.health;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.tenure.health.Problems.number;

/**
 * Sound bands, taken by score, cover 0-100 with neither gaps nor overlaps and go RED, YELLOW, GREEN
 * upwards. Problems are reported at the higher band of a pair ({@code bands[2].from}).
 */
final class BandCoverageRule implements ScorecardRule {

	@Override
	public void check(Scorecard card, Problems problems) {
		List<BandRange> bands = card.bands();
		if (bands.isEmpty() || !bands.stream().allMatch(BandRule::sound)) {
			return;
		}
		List<Integer> byScore = IntStream.range(0, bands.size()).boxed()
				.sorted(Comparator.comparingDouble(i -> bands.get(i).from())).toList();
		int lowest = byScore.get(0);
		if (bands.get(lowest).from() != 0) {
			problems.add(at(lowest, "from"), "the lowest band must start at 0; no band covers 0 to "
					+ number(bands.get(lowest).from()));
		}
		for (int k = 1; k < byScore.size(); k++) {
			BandRange below = bands.get(byScore.get(k - 1));
			BandRange above = bands.get(byScore.get(k));
			if (above.from() > below.to()) {
				problems.add(at(byScore.get(k), "from"), "gap: no band covers " + number(below.to()) + " to " + number(above.from())
						+ " (" + below.band() + " ends at " + number(below.to()) + ", " + above.band() + " starts at "
						+ number(above.from()) + ")");
			}
			else if (above.from() < below.to()) {
				problems.add(at(byScore.get(k), "from"), above.band() + " overlaps " + below.band() + " from "
						+ number(above.from()) + " to " + number(Math.min(below.to(), above.to())) + "; let " + above.band()
						+ " start where " + below.band() + " ends");
			}
		}
		int highest = byScore.get(byScore.size() - 1);
		if (bands.get(highest).to() != 100) {
			problems.add(at(highest, "to"), "the highest band must end at 100; no band covers "
					+ number(bands.get(highest).to()) + " to 100");
		}
		List<Band> order = byScore.stream().map(i -> bands.get(i).band()).toList();
		if (!order.equals(order.stream().sorted().toList())) {
			problems.add("bands", "from low to high scores the bands must go RED, YELLOW, GREEN, not "
					+ order.stream().map(Band::name).collect(Collectors.joining(", ")));
		}
	}

	private static String at(int index, String property) {
		return "bands[" + index + "]." + property;
	}
}
